package org.beltportal.themes.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import freemarker.core.Expression;
import freemarker.core.TemplateElement;
import freemarker.core.TemplateObject;
import org.beltportal.core.template.TemplateProblem;

/**
 * Bounds what a single expression can build. A render is checked between directives ({@link RenderBudget}),
 * and every value a template holds (a variable, a parameter, a loop variable, a function's result) is kept
 * to {@value #MAX_HELD_CHARS} characters there; but one expression runs to its end in FreeMarker's code and
 * can multiply what it is given: {@code s+s+s+...}, {@code "${s}${s}${s}"}, {@code x?replace("{0}", s)}
 * (once per occurrence), {@code seq?join(s)} (once per item), {@code "%"?url?url?url} (three times per
 * step). So every expression is given an upper bound, computed from the parse tree with each variable
 * counted as the most a template may hold, and refused when it could build more than
 * {@value #MAX_BUILT_CHARS} characters or {@value #MAX_BUILT_ITEMS} items:
 * <ul>
 *   <li>concatenations ({@code +}, string literals with interpolations, list and hash literals) add their
 *       operands, and since {@code .ftlh} escapes plain text joined to markup, a plain operand beside one
 *       that may be markup counts six times ({@code &quot;});</li>
 *   <li>escaping built-ins multiply their input ({@code ?url} by 9, {@code ?js_string}, {@code ?json_string},
 *       {@code ?c} and the like by 6, case changes by 3);</li>
 *   <li>{@code ?replace} adds its replacement once per occurrence of what it looks for: in a string
 *       literal or a message text ({@code msg["key"]}, whose texts come from the bundles, see
 *       {@link MessageTexts}) the occurrences are counted, in anything else they are as many as the text
 *       is long; with the {@code "f"} flag there is one;</li>
 *   <li>{@code ?join} adds its separator once per item, {@code ?map} its lambda's result once per item.</li>
 * </ul>
 * The bound is conservative: a value that might be markup is assumed to be, a text might consist of the
 * searched text only. The built-in templates keep well inside it.
 */
final class ExpressionSizes {

    /** The most characters a value a template holds may have; {@link RenderBudget} keeps to it. */
    static final long MAX_HELD_CHARS = 500_000;
    static final long MAX_BUILT_CHARS = 16_000_000;
    static final long MAX_BUILT_ITEMS = 2_000_000;

    /** {@code "} becomes {@code &quot;} in HTML, a character {@code \u2028} in JavaScript. */
    private static final double ESCAPING = 6;
    /** A character of the basic plane is up to three UTF-8 bytes, each {@code %XX}. */
    private static final double URL_ESCAPING = 9;
    /** Java's case mapping turns one character into at most three ({@code ŉ} into {@code ʼN}). */
    private static final double CASE_CHANGE = 3;
    private static final int NUMBER_CHARS = 32;
    private static final int COUNT_CHARS = 11;

    private static final Set<String> URL_ESCAPERS = Set.of("url", "url_path");
    private static final Set<String> ESCAPERS = Set.of("html", "xhtml", "xml", "js_string", "json_string", "j_string", "c", "cn");
    /** Formats that leave a number a number; {@code ?c} of a string is a quoted, escaped literal. */
    private static final Set<String> C_FORMATS = Set.of("c", "cn", "string");
    private static final Set<String> CASE_CHANGERS = Set.of("upper_case", "lower_case", "cap_first", "uncap_first",
            "capitalize", "c_upper_case", "c_lower_case");
    private static final Set<String> CHOOSERS = Set.of("then", "switch", "item_cycle");
    private static final Set<String> COUNTS = Set.of("size", "length", "counter", "index", "index_of",
            "last_index_of", "seq_index_of");
    private static final Set<String> NUMBERS = Set.of("abs", "round", "floor", "ceiling", "int", "long", "short",
            "byte", "float", "double", "number");
    private static final Set<String> BOOLEANS = Set.of("contains", "starts_with", "ends_with", "seq_contains",
            "has_content", "has_next", "exists", "boolean", "if_exists");
    private static final Set<String> SPLITTERS = Set.of("split", "word_list");
    private static final Set<String> RANGES = Set.of("..", "..<", "..*", "..!");

    private final Map<TemplateObject, Size> sizes = new IdentityHashMap<>();

    private ExpressionSizes() {
    }

    static List<TemplateProblem> in(TemplateTree tree) {
        List<TemplateProblem> problems = new ArrayList<>(MessageBindings.in(tree));
        if (problems.isEmpty()) {
            ExpressionSizes sizes = new ExpressionSizes();
            for (TemplateTree.Node node : tree.nodes()) {
                sizes.problem(node).ifPresent(problems::add);
            }
        }
        problems.sort(Comparator.comparingInt(TemplateProblem::line).thenComparingInt(TemplateProblem::column));
        return problems;
    }

    /** A problem at the innermost expression that is too big: its operands alone are not. */
    private Optional<TemplateProblem> problem(TemplateTree.Node node) {
        if (RANGES.contains(node.type()) && UnboundedConstructs.isListed(node)) {
            // Listed step by step, never built at once.
            return Optional.empty();
        }
        Size size = assignedSize(node).orElse(null);
        if (size == null && node.object() instanceof Expression) {
            size = sizeOf(node.object(), Map.of());
        }
        if (size == null || !size.tooBig()) {
            return Optional.empty();
        }
        for (Object operand : node.operands()) {
            Object value = operand instanceof TemplateElement interpolation && node.object() instanceof Expression
                    ? TemplateTree.nodeOf(interpolation).operands().getFirst() : operand;
            if (value instanceof Expression expression && sizeOf(expression, Map.of()).tooBig()) {
                return Optional.empty();
            }
        }
        String built = size.items() > MAX_BUILT_ITEMS
                ? String.format(Locale.ROOT, "%,.0f items (at most %,d)", size.items(), MAX_BUILT_ITEMS)
                : String.format(Locale.ROOT, "%,.0f characters (at most %,d)", size.chars(), MAX_BUILT_CHARS);
        String reason = "can build up to " + built + " in one step, counting each variable as up to "
                + String.format(Locale.ROOT, "%,d", MAX_HELD_CHARS) + " characters" + hint(node);
        TemplateTree.Node at = builtInOf(node).orElse(null);
        return Optional.of(at != null ? ForbiddenConstructs.problemAtQuestionMark(at, reason)
                : new TemplateProblem(node.line(), node.column(), reason));
    }

    /** {@code <#assign s += t>} builds {@code s + t}. */
    private Optional<Size> assignedSize(TemplateTree.Node node) {
        if (!(node.object() instanceof TemplateElement)) {
            return Optional.empty();
        }
        List<Object> operands = node.operands();
        if (operands.size() > 2 && "+=".equals(operands.get(1)) && operands.get(2) instanceof Expression value) {
            return Optional.of(concatenation(List.of(Size.VARIABLE, sizeOf(value, Map.of()))));
        }
        return Optional.empty();
    }

    private static String hint(TemplateTree.Node node) {
        String builtIn = builtInOf(node).map(n -> ForbiddenConstructs.snakeCase(n.builtIn())).orElse("");
        if (builtIn.equals("replace")) {
            return ": ?replace inserts its replacement at every occurrence of what it looks for; replace in a"
                    + " message text (msg[\"key\"]), put in a short string literal, or replace only the first"
                    + " occurrence (flag \"f\")";
        }
        if (builtIn.equals("join")) {
            return ": ?join repeats its separator for every item; give it a short string literal";
        }
        if (builtIn.equals("map")) {
            return ": ?map builds its lambda's result for every item";
        }
        if (!builtIn.isEmpty()) {
            return ": ?" + builtIn + " multiplies what it is given";
        }
        return ": print the parts one by one (${a}${b}) rather than joining them into one value";
    }

    /** The built-in a node is or calls: {@code x?replace} in {@code x?replace("a", b)}. */
    private static Optional<TemplateTree.Node> builtInOf(TemplateTree.Node node) {
        if (node.builtIn() != null) {
            return Optional.of(node);
        }
        if (node.type().equals("...(...)") && node.operands().getFirst() instanceof TemplateObject target) {
            TemplateTree.Node called = TemplateTree.nodeOf(target);
            return called.builtIn() != null ? Optional.of(called) : Optional.empty();
        }
        return Optional.empty();
    }

    private Size sizeOf(Object operand, Map<String, Size> lambdaParameters) {
        if (!(operand instanceof Expression expression)) {
            return Size.ZERO;
        }
        if (lambdaParameters.isEmpty()) {
            Size known = sizes.get(expression);
            if (known == null) {
                known = compute(expression, lambdaParameters);
                sizes.put(expression, known);
            }
            return known;
        }
        return compute(expression, lambdaParameters);
    }

    private Size compute(Expression expression, Map<String, Size> scope) {
        TemplateTree.Node node = TemplateTree.nodeOf(expression);
        List<Object> operands = node.operands();
        String kind = expression.getClass().getSimpleName();
        if (node.builtIn() != null) {
            return builtIn(node, operands.subList(Math.min(2, operands.size()), operands.size()), scope);
        }
        return switch (kind) {
            case "StringLiteral" -> TemplateTree.literalText(expression).map(Size::text)
                    .orElseGet(() -> interpolations(operands, scope));
            case "NumberLiteral" -> Size.number(expression.getCanonicalForm().length());
            case "BooleanLiteral", "ComparisonExpression", "AndExpression", "OrExpression", "NotExpression",
                 "ExistsExpression" -> Size.BOOLEAN;
            case "ArithmeticExpression", "UnaryPlusMinusExpression" -> Size.number(NUMBER_CHARS);
            case "Identifier" -> scope.getOrDefault(node.type(),
                    node.type().equals(MessageTexts.NAME) ? Size.MESSAGES : Size.VARIABLE);
            case "ParentheticalExpression" -> sizeOf(operands.getFirst(), scope);
            case "AddConcatExpression" -> concatenation(concatenated(expression).stream()
                    .map(part -> sizeOf(part, scope)).toList());
            case "ListLiteral" -> collection(operands, scope, operands.size());
            case "HashLiteral" -> collection(operands, scope, operands.size() / 2.0);
            case "Range" -> range(operands);
            case "DefaultToExpression" -> max(sizeOf(operands.get(0), scope), sizeOf(operands.get(1), scope));
            case "Dot", "DotBeforeMethodCall" -> isMessages(operands.get(0), scope)
                    ? Size.message(Optional.of((String) operands.get(1)))
                    : sizeOf(operands.get(0), scope).member();
            case "DynamicKeyName" -> isMessages(operands.get(0), scope)
                    ? Size.message(TemplateTree.literalText(operands.get(1)))
                    : sizeOf(operands.get(0), scope).member();
            case "MethodCall" -> operands.getFirst() instanceof Expression target
                    && TemplateTree.nodeOf(target).builtIn() != null
                    ? builtIn(TemplateTree.nodeOf(target), operands.subList(1, operands.size()), scope)
                    : Size.VARIABLE;
            default -> Size.VARIABLE;
        };
    }

    private static boolean isMessages(Object target, Map<String, Size> scope) {
        return target instanceof Expression expression && expression.getClass().getSimpleName().equals("Identifier")
                && TemplateTree.nodeOf(expression).type().equals(MessageTexts.NAME)
                && !scope.containsKey(MessageTexts.NAME);
    }

    /** The operands of a chain of {@code +}, parentheses and all: {@code (a + b) + c} has three. */
    private static List<Object> concatenated(Expression expression) {
        List<Object> parts = new ArrayList<>();
        List<Object> pending = new ArrayList<>(List.of(expression));
        while (!pending.isEmpty()) {
            Object part = pending.removeLast();
            String type = part instanceof Expression e ? TemplateTree.nodeOf(e).type() : "";
            if (type.equals("+") || type.equals("(...)")) {
                List<Object> operands = TemplateTree.nodeOf((Expression) part).operands();
                for (int i = operands.size() - 1; i >= 0; i--) {
                    pending.add(operands.get(i));
                }
            } else {
                parts.add(part);
            }
        }
        return parts;
    }

    /** A string literal with interpolations: its text and each interpolated value, joined. */
    private Size interpolations(List<Object> parts, Map<String, Size> scope) {
        List<Size> sizes = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof String text) {
                sizes.add(Size.text(text));
            } else if (part instanceof TemplateElement interpolation) {
                sizes.add(sizeOf(TemplateTree.nodeOf(interpolation).operands().getFirst(), scope));
            }
        }
        return concatenation(sizes);
    }

    private Size collection(List<Object> operands, Map<String, Size> scope, double items) {
        double chars = 0;
        for (Object operand : operands) {
            chars += sizeOf(operand, scope).chars();
        }
        return new Size(chars, items, Markup.NO, Size.generic(chars, false));
    }

    /** A range outside #list has number literals at both ends (else {@link UnboundedConstructs} refuses it). */
    private static Size range(List<Object> ends) {
        Optional<BigDecimal> from = TemplateTree.literalNumber(ends.getFirst());
        Optional<BigDecimal> to = ends.size() > 1 ? TemplateTree.literalNumber(ends.get(1)) : Optional.empty();
        if (from.isEmpty() || to.isEmpty()) {
            // Listed step by step by a #list (checked at every step), never built at once.
            return Size.ZERO;
        }
        double items = to.get().subtract(from.get()).abs().doubleValue() + 1;
        int digits = Math.max(from.get().toPlainString().length(), to.get().toPlainString().length());
        return new Size(items * digits, items, Markup.NO, Size.generic(items * digits, true));
    }

    private Size builtIn(TemplateTree.Node node, List<Object> arguments, Map<String, Size> scope) {
        String name = ForbiddenConstructs.snakeCase(node.builtIn());
        Object receiver = node.operands().getFirst();
        Size of = sizeOf(receiver, scope);
        List<Size> args = arguments.stream().map(argument -> sizeOf(argument, scope)).toList();
        if (CHOOSERS.contains(name)) {
            return args.stream().reduce(Size.ZERO, ExpressionSizes::max);
        }
        if (C_FORMATS.contains(name) && of.numeric()) {
            return of;
        }
        if (name.equals("string")) {
            return args.stream().reduce(of, ExpressionSizes::max);
        }
        if (name.equals("esc")) {
            Size escaped = of.grown(ESCAPING, 0);
            return new Size(escaped.chars(), 0, Markup.YES, escaped.occurrences());
        }
        if (URL_ESCAPERS.contains(name)) {
            return of.grown(URL_ESCAPING, 0);
        }
        if (ESCAPERS.contains(name)) {
            return max(of.grown(ESCAPING, 2), args.stream().reduce(Size.ZERO, ExpressionSizes::max));
        }
        if (CASE_CHANGERS.contains(name)) {
            return of.grown(CASE_CHANGE, 0);
        }
        if (COUNTS.contains(name)) {
            return Size.number(COUNT_CHARS);
        }
        if (NUMBERS.contains(name)) {
            return Size.number(NUMBER_CHARS);
        }
        if (BOOLEANS.contains(name) || name.startsWith("is_")) {
            return Size.BOOLEAN;
        }
        if (name.equals("no_esc")) {
            return new Size(of.chars(), 0, Markup.YES, of.occurrences());
        }
        if (SPLITTERS.contains(name)) {
            return new Size(of.chars(), of.chars() + 1, Markup.NO, of.occurrences());
        }
        if (name.equals("replace")) {
            return replaced(of, arguments, args);
        }
        if (name.equals("join")) {
            double chars = of.chars() + (args.isEmpty() ? 0 : of.items() * args.getFirst().chars());
            for (int i = 1; i < args.size(); i++) {
                chars += args.get(i).chars();
            }
            return new Size(chars, 0, Markup.NO, Size.generic(chars, false));
        }
        if (name.equals("left_pad") || name.equals("right_pad")) {
            double width = arguments.isEmpty() ? 0
                    : TemplateTree.literalNumber(arguments.getFirst()).map(BigDecimal::doubleValue).orElse(Double.POSITIVE_INFINITY);
            return new Size(of.chars() + width, 0, Markup.NO, Size.generic(of.chars() + width, false));
        }
        if (name.equals("map") && !arguments.isEmpty()) {
            return mapped(of, arguments.getFirst(), scope);
        }
        double chars = of.chars();
        double items = of.items();
        for (Size arg : args) {
            chars += arg.chars();
            items += arg.items();
        }
        return new Size(chars, items, of.markup(), Size.generic(chars, false));
    }

    /**
     * {@code r?replace(search, replacement, flags)}: the replacement once per occurrence of {@code search} in
     * {@code r}, once with the "f" flag. Case-insensitive matching ("i") counts by length.
     */
    private static Size replaced(Size receiver, List<Object> arguments, List<Size> args) {
        String search = arguments.isEmpty() ? "" : TemplateTree.literalText(arguments.getFirst()).orElse("");
        String flags = arguments.size() > 2 ? TemplateTree.literalText(arguments.get(2)).orElse("") : "";
        Size replacement = args.size() > 1 ? args.get(1) : Size.ZERO;
        int length = Math.max(1, search.length());
        double found = flags.contains("i") ? receiver.chars() / length + 1 : receiver.occurrences().applyAsDouble(search);
        double replaced = flags.contains("f") ? Math.min(1, found) : found;
        double chars = receiver.chars() + replaced * replacement.chars();
        ToDoubleFunction<String> occurrences = text -> receiver.occurrences().applyAsDouble(text)
                + replaced * (replacement.occurrences().applyAsDouble(text) + 2 * text.length());
        return new Size(chars, 0, Markup.NO, occurrences);
    }

    /**
     * {@code seq?map(x -> body)}: the body once per item. The body's size is convex in the item's size, so
     * over items whose sizes add up to the sequence's, the sum is at most the body for an empty item times
     * the items plus the body for one item as big as the whole sequence.
     */
    private Size mapped(Size receiver, Object function, Map<String, Size> scope) {
        if (!(function instanceof Expression lambda) || !lambda.getClass().getSimpleName().equals("LocalLambdaExpression")) {
            return new Size(receiver.items() * Size.VARIABLE.chars(), receiver.items(), Markup.MAYBE,
                    Size.generic(receiver.items() * Size.VARIABLE.chars(), false));
        }
        List<Object> operands = TemplateTree.nodeOf(lambda).operands();
        String parameter = TemplateTree.nodeOf((Expression) operands.getFirst()).type();
        Object body = operands.getLast();
        Map<String, Size> empty = new HashMap<>(scope);
        empty.put(parameter, Size.ZERO);
        Map<String, Size> whole = new HashMap<>(scope);
        whole.put(parameter, receiver.member());
        double chars = receiver.items() * sizeOf(body, empty).chars() + sizeOf(body, whole).chars();
        return new Size(chars, receiver.items(), Markup.MAYBE, Size.generic(chars, false));
    }

    /**
     * Operands joined into one value. In {@code .ftlh} a plain text joined to markup is escaped first, so
     * when one operand may be markup every other counts six times, and when two may be, all do.
     */
    static Size concatenation(List<Size> parts) {
        long maybeMarkup = parts.stream().filter(part -> part.markup() != Markup.NO).count();
        boolean markup = parts.stream().anyMatch(part -> part.markup() == Markup.YES);
        double chars = 0;
        double items = 0;
        for (Size part : parts) {
            boolean escaped = (markup || maybeMarkup > 1 || maybeMarkup == 1 && part.markup() == Markup.NO)
                    && part.markup() != Markup.YES;
            chars += escaped ? part.chars() * ESCAPING : part.chars();
            items += part.items();
        }
        Markup result = markup ? Markup.YES : maybeMarkup > 0 ? Markup.MAYBE : Markup.NO;
        boolean numeric = parts.stream().allMatch(Size::numeric);
        ToDoubleFunction<String> occurrences = maybeMarkup > 0 ? Size.generic(chars, numeric) : text -> {
            double found = (parts.size() - 1) * (double) text.length();
            for (Size part : parts) {
                found += part.occurrences().applyAsDouble(text);
            }
            return found;
        };
        return new Size(chars, items, result, occurrences, numeric);
    }

    private static Size max(Size a, Size b) {
        double chars = Math.max(a.chars(), b.chars());
        Markup markup = a.markup() == Markup.NO && b.markup() == Markup.NO ? Markup.NO
                : a.markup() == Markup.YES && b.markup() == Markup.YES ? Markup.YES : Markup.MAYBE;
        return new Size(chars, Math.max(a.items(), b.items()), markup,
                text -> Math.max(a.occurrences().applyAsDouble(text), b.occurrences().applyAsDouble(text)),
                a.numeric() && b.numeric());
    }

    /** Whether a value is, or may be, markup (HTML that {@code .ftlh} does not escape again). */
    enum Markup { NO, MAYBE, YES }

    /**
     * An upper bound of a value: its characters (a sequence's or hash's: its items' together), its items,
     * whether it may be markup, how often a text may occur in it, and whether it is a formatted number
     * (digits, sign, point: no placeholder such as {@code {0}} can occur inside it).
     */
    record Size(double chars, double items, Markup markup, ToDoubleFunction<String> occurrences, boolean numeric) {

        static final Size ZERO = new Size(0, 0, Markup.NO, text -> 0, false);
        static final Size BOOLEAN = text("false");
        /** A variable, a parameter, a function's result: what {@link RenderBudget} lets a template hold. */
        static final Size VARIABLE = new Size(MAX_HELD_CHARS, TemplateRenderer.MAX_SEQUENCE, Markup.MAYBE,
                generic(MAX_HELD_CHARS, false), false);
        static final Size MESSAGES = new Size(MessageTexts.allCharacters(), MessageTexts.size(), Markup.NO,
                generic(MessageTexts.allCharacters(), false), false);

        Size(double chars, double items, Markup markup, ToDoubleFunction<String> occurrences) {
            this(chars, items, markup, occurrences, false);
        }

        static Size text(String text) {
            return new Size(text.length(), 0, Markup.NO, searched -> MessageTexts.occurrences(text, searched), false);
        }

        static Size number(int chars) {
            return new Size(chars, 0, Markup.NO, generic(chars, true), true);
        }

        static Size message(Optional<String> key) {
            List<String> texts = MessageTexts.candidates(key);
            return new Size(MessageTexts.longest(texts), 0, Markup.NO,
                    searched -> MessageTexts.mostOccurrences(texts, searched), false);
        }

        /** As many occurrences as fit; none of a text with more than digits in a number. */
        static ToDoubleFunction<String> generic(double chars, boolean numeric) {
            return text -> numeric && !text.chars().allMatch(c -> Character.isDigit(c) || ".-+eE".indexOf(c) >= 0)
                    ? 0 : chars / Math.max(1, text.length()) + 1;
        }

        /** An item, entry or member of this value: at most all of it, and maybe markup. */
        Size member() {
            return new Size(chars, items, Markup.MAYBE, generic(chars, false), false);
        }

        Size grown(double factor, double added) {
            double grown = chars * factor + added;
            return new Size(grown, 0, Markup.NO, generic(grown, numeric), numeric);
        }

        boolean tooBig() {
            return chars > MAX_BUILT_CHARS || items > MAX_BUILT_ITEMS;
        }
    }
}
