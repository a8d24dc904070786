package org.beltportal.themes.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.beltportal.core.template.TemplateProblem;

/**
 * Finds the constructs whose single evaluation has no bound on time or memory. A render is checked
 * between directives (see {@link RenderBudget}), but one built-in call runs in FreeMarker's Java code to
 * its end: {@code (1..3000000000)?join(",")} builds gigabytes, {@code ?seq_contains} over a billion
 * numbers keeps a core busy for minutes, {@code "x"?left_pad(1500000000)} allocates 1.5 GB at once, a
 * {@code ?replace("", s)} multiplies a string by its own length, and a regular expression can backtrack
 * for ever. So, in operator and built-in templates alike:
 * <ul>
 *   <li>nesting is at most {@value #MAX_DEPTH} levels (directives and expressions together);</li>
 *   <li>a range is either what a {@code #list} lists (checked at every step) or has number literals at
 *       both ends spanning at most {@value #MAX_RANGE} numbers;</li>
 *   <li>the width of {@code ?left_pad}/{@code ?right_pad} and the size of {@code ?chunk} are number
 *       literals of at most {@value #MAX_SIZE_ARGUMENT};</li>
 *   <li>what {@code ?replace} and {@code ?split} look for is a non-empty string literal, and no built-in
 *       takes regular expressions (no {@code ?matches}, no {@code "r"} flag; flags are literals);</li>
 *   <li>those built-ins are called where they are named, not kept as a value to call later.</li>
 * </ul>
 */
final class UnboundedConstructs {

    static final int MAX_DEPTH = 100;
    static final int MAX_RANGE = 10_000;
    static final int MAX_SIZE_ARGUMENT = 1_000;

    private static final Set<String> RANGES = Set.of("..", "..<", "..*");
    private static final Set<String> LISTS = Set.of("#list", "#foreach");
    private static final Set<String> SIZED = Set.of("left_pad", "right_pad", "chunk");
    private static final Set<String> SEARCHING = Set.of("replace", "split");
    /** Built-ins that take matching flags, and the index of the flags among their arguments. */
    private static final Map<String, Integer> FLAGS_ARGUMENT = Map.of("replace", 2, "split", 1, "keep_after", 1,
            "keep_after_last", 1, "keep_before", 1, "keep_before_last", 1, "ensure_starts_with", 2);

    private UnboundedConstructs() {
    }

    static List<TemplateProblem> in(TemplateTree tree) {
        List<TemplateProblem> problems = new ArrayList<>();
        for (TemplateTree.Node node : tree.nodes()) {
            if (node.depth() > MAX_DEPTH) {
                // One problem is enough: the levels below would each repeat it.
                return List.of(new TemplateProblem(node.line(), node.column(),
                        "nested deeper than " + MAX_DEPTH + " levels"));
            }
            problem(node).ifPresent(problems::add);
        }
        return problems;
    }

    private static Optional<TemplateProblem> problem(TemplateTree.Node node) {
        if (RANGES.contains(node.type()) && !isListed(node) && !isSmallLiteralRange(node)) {
            return Optional.of(new TemplateProblem(node.line(), node.column(), "a range outside #list must have"
                    + " number literals at both ends, at most " + MAX_RANGE + " apart"));
        }
        String builtIn = node.builtIn() == null ? null : ForbiddenConstructs.snakeCase(node.builtIn());
        if ("matches".equals(builtIn)) {
            return Optional.of(ForbiddenConstructs.problemAtQuestionMark(node, "?matches (regular expressions) is not allowed"));
        }
        if (builtIn == null || !(SIZED.contains(builtIn) || SEARCHING.contains(builtIn) || FLAGS_ARGUMENT.containsKey(builtIn))) {
            return Optional.empty();
        }
        if (!isCalled(node)) {
            // Kept as a value (<#assign pad = s?left_pad>) it could be called later with any argument.
            return Optional.of(ForbiddenConstructs.problemAtQuestionMark(node, "?" + builtIn + " must be called where it is named"));
        }
        List<Object> arguments = node.parent().operands().subList(1, node.parent().operands().size());
        if (SIZED.contains(builtIn) && !(arguments.isEmpty() || isNumberUpTo(arguments.getFirst(), MAX_SIZE_ARGUMENT))) {
            return Optional.of(ForbiddenConstructs.problemAtQuestionMark(node, "?" + builtIn
                    + " takes a number literal of at most " + MAX_SIZE_ARGUMENT + " as its size"));
        }
        if (SEARCHING.contains(builtIn) && !(arguments.isEmpty() || isNonEmptyText(arguments.getFirst()))) {
            return Optional.of(ForbiddenConstructs.problemAtQuestionMark(node, "?" + builtIn
                    + " looks for a non-empty string literal"));
        }
        Integer flags = FLAGS_ARGUMENT.get(builtIn);
        if (flags != null && arguments.size() > flags && !isTextWithout(arguments.get(flags), 'r')) {
            return Optional.of(ForbiddenConstructs.problemAtQuestionMark(node, "?" + builtIn
                    + " takes its flags as a string literal, without \"r\" (regular expressions are not allowed)"));
        }
        return Optional.empty();
    }

    /** The range is what a #list lists, maybe in parentheses: the list checks for its limits at every step. */
    static boolean isListed(TemplateTree.Node range) {
        TemplateTree.Node node = range;
        while (node.parent() != null && node.parent().type().equals("(...)")) {
            node = node.parent();
        }
        return node.parent() != null && LISTS.contains(node.parent().type())
                && node.parent().operands().getFirst() == node.object();
    }

    private static boolean isSmallLiteralRange(TemplateTree.Node range) {
        List<Object> ends = range.operands();
        Optional<BigDecimal> from = TemplateTree.literalNumber(ends.get(0));
        Optional<BigDecimal> to = ends.size() > 1 ? TemplateTree.literalNumber(ends.get(1)) : Optional.empty();
        return from.isPresent() && to.isPresent()
                && to.get().subtract(from.get()).abs().compareTo(BigDecimal.valueOf(MAX_RANGE)) <= 0;
    }

    /** The built-in is called with arguments: its parent is the call and the built-in is what is called. */
    private static boolean isCalled(TemplateTree.Node builtIn) {
        TemplateTree.Node parent = builtIn.parent();
        return parent != null && parent.type().equals("...(...)") && parent.operands().getFirst() == builtIn.object();
    }

    private static boolean isNumberUpTo(Object argument, int max) {
        return TemplateTree.literalNumber(argument).filter(n -> n.compareTo(BigDecimal.valueOf(max)) <= 0).isPresent();
    }

    private static boolean isNonEmptyText(Object argument) {
        return TemplateTree.literalText(argument).filter(text -> !text.isEmpty()).isPresent();
    }

    private static boolean isTextWithout(Object argument, char flag) {
        return TemplateTree.literalText(argument).filter(text -> text.indexOf(flag) < 0).isPresent();
    }
}
