package org.beltportal.themes.engine;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import freemarker.core.Environment;
import freemarker.core.Expression;
import freemarker.core.TemplateElement;
import freemarker.core.TemplateProcessingTracer;
import freemarker.core._CoreAPI;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateSequenceModel;

/**
 * The limits of one render, checked each time FreeMarker enters a directive: an interpolation, an
 * {@code #assign}, a step of a {@code #list}, a macro call, a piece of text. So a template stops within
 * one directive of its time limit or of its allocation budget, also one without any loop (thirty
 * unrolled {@code <#assign s = s + s>} double a string to a gigabyte with no loop for FreeMarker's own
 * interruption checks to see). Memory is counted as the bytes the render thread has allocated since the
 * render began ({@code com.sun.management.ThreadMXBean}): live or garbage, a render that allocates more
 * than its budget is stopped. A sequence grows without allocating (a {@code q + q} concatenation is a
 * view of its two halves), so every value a template holds is also counted: what an {@code #assign},
 * {@code #local} or {@code #global} stores (captured output {@code <#assign x>...</#assign>} included),
 * what a macro or function is called with, what a function returns, and the loop variables of
 * {@code #list}, {@code #items} and a macro's nested content. A sequence may have at most so many items, and
 * any value at most so many characters ({@link HeldChars}: a string's, or a sequence's or hash's strings
 * together). What a single directive's expression can build from such values is bounded by the template
 * rules ({@link ExpressionSizes}, {@link UnboundedConstructs}), which count each as this many characters.
 * Made on the render thread, for that render only.
 */
final class RenderBudget implements TemplateProcessingTracer {

    /** FreeMarker's scopes of an assignment ({@code Assignment.LOCAL}, {@code GLOBAL}), package-private there. */
    private static final int LOCAL = 2;
    private static final int GLOBAL = 3;
    /** Directives whose nested content sees loop variables: #list, #items, a macro call with {@code ; x}. */
    private static final Set<String> LOOPS = Set.of("IteratorBlock", "Items", "UnifiedCall");
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final long deadline;
    private final long allocationLimit;
    private final long maxAllocatedBytes;
    private final int maxElements;
    private final long maxHeldChars;
    private final Map<TemplateElement, List<String>> boundNames = new IdentityHashMap<>();

    RenderBudget(Duration time, long maxAllocatedBytes, int maxElements, long maxHeldChars) {
        this.deadline = System.nanoTime() + time.toNanos();
        this.allocationLimit = THREADS.getCurrentThreadAllocatedBytes() + maxAllocatedBytes;
        this.maxAllocatedBytes = maxAllocatedBytes;
        this.maxElements = maxElements;
        this.maxHeldChars = maxHeldChars;
    }

    /** Turns on the per-thread allocation counter, which a JVM may leave off; true when it counts. */
    static boolean countsAllocations() {
        if (THREADS.isThreadAllocatedMemorySupported() && !THREADS.isThreadAllocatedMemoryEnabled()) {
            THREADS.setThreadAllocatedMemoryEnabled(true);
        }
        return THREADS.isThreadAllocatedMemorySupported();
    }

    @Override
    public void enterElement(Environment env, TracedElement element) {
        if (Thread.currentThread().isInterrupted() || System.nanoTime() - deadline > 0) {
            throw new RenderLimitException("stopped at its time limit");
        }
        if (THREADS.getCurrentThreadAllocatedBytes() > allocationLimit) {
            throw new RenderLimitException("allocated more than " + maxAllocatedBytes / (1024 * 1024) + " MB");
        }
        TemplateElement parent = _CoreAPI.getParentElement((TemplateElement) element);
        if (parent != null) {
            // A directive of a macro or function body (the first of each call is FreeMarker's interruption
            // check), or of a loop's body: a parameter may hold what a recursive call doubled,
            // d(q + q, n - 1), a loop variable an item of a list literal of long expressions.
            for (String name : boundNames.computeIfAbsent(parent, RenderBudget::namesBoundFor)) {
                checkSize(name, localOf(env, name));
            }
        }
    }

    @Override
    public void exitElement(Environment env, TracedElement element) {
        String type = element.getClass().getSimpleName();
        if (type.equals("Assignment") || type.equals("BlockAssignment")) {
            // Assignment: name, operator, value, scope, namespace; BlockAssignment: name, scope, namespace.
            List<Object> operands = TemplateTree.nodeOf((TemplateElement) element).operands();
            boolean block = type.equals("BlockAssignment");
            String variable = (String) operands.getFirst();
            checkSize(variable, assigned(env, variable, (Integer) operands.get(block ? 1 : 3), operands.get(block ? 2 : 4)));
        } else if (type.equals("ReturnInstruction")) {
            checkSize("the result of a function", TemplateTree.lastReturnValue(env));
        }
    }

    private void checkSize(String variable, TemplateModel value) {
        try {
            if (value instanceof TemplateSequenceModel sequence && sequence.size() > maxElements) {
                throw new RenderLimitException("built a sequence of more than " + maxElements + " items in " + variable);
            }
            if (value != null && HeldChars.of(value, maxHeldChars) > maxHeldChars) {
                throw new RenderLimitException("held more than " + maxHeldChars + " characters in " + variable);
            }
        } catch (TemplateModelException e) {
            throw new RenderLimitException("could not count the items of " + variable + ": " + e.getMessage());
        }
    }

    /** Where an assignment put its value: a local, a global, this namespace or the one it names. */
    private static TemplateModel assigned(Environment env, String variable, int scope, Object namespace) {
        try {
            if (namespace instanceof Expression expression) {
                return ((TemplateHashModel) expression.getAsTemplateModel(env)).get(variable);
            }
            return switch (scope) {
                case LOCAL -> env.getLocalVariable(variable);
                case GLOBAL -> env.getGlobalVariable(variable);
                default -> env.getCurrentNamespace().get(variable);
            };
        } catch (TemplateException e) {
            throw new RenderLimitException("could not read " + variable + ": " + e.getMessage());
        }
    }

    /** The names a directive binds for its nested content: a macro's parameters, a loop's variables. */
    private static List<String> namesBoundFor(TemplateElement parent) {
        String type = parent.getClass().getSimpleName();
        if (type.equals("Macro")) {
            return parameterNames(parent);
        }
        if (LOOPS.contains(type)) {
            // Their names are their plain string operands (a macro call's also include its named arguments,
            // which its nested content does not see: reading them finds nothing or an outer local, harmless).
            return TemplateTree.nodeOf(parent).operands().stream()
                    .filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }

    /** A macro's parameter names, the catch-all one included: the strings at odd places of its operands. */
    private static List<String> parameterNames(TemplateElement macro) {
        List<Object> operands = TemplateTree.nodeOf(macro).operands();
        List<String> names = new ArrayList<>();
        for (int i = 1; i < operands.size(); i += 2) {
            if (operands.get(i) instanceof String name) {
                names.add(name);
            }
        }
        return names;
    }

    private static TemplateModel localOf(Environment env, String variable) {
        try {
            return env.getLocalVariable(variable);
        } catch (TemplateModelException e) {
            throw new RenderLimitException("could not read " + variable + ": " + e.getMessage());
        }
    }

    /** A render went past one of its limits; the message says which, for the log. */
    static final class RenderLimitException extends RuntimeException {

        RenderLimitException(String reason) {
            super(reason, null, false, false);
        }
    }
}
