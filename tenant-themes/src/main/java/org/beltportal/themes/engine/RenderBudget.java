package org.beltportal.themes.engine;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import freemarker.core.Environment;
import freemarker.core.TemplateElement;
import freemarker.core.TemplateProcessingTracer;
import freemarker.core._CoreAPI;
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
 * view of its two halves), so every sequence an {@code #assign}, {@code #local} or {@code #global} stores,
 * and every sequence a macro or function is called with, is also counted. What a single directive's expression can build is bounded by {@link UnboundedConstructs}.
 * Made on the render thread, for that render only.
 */
final class RenderBudget implements TemplateProcessingTracer {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final long deadline;
    private final long allocationLimit;
    private final long maxAllocatedBytes;
    private final int maxElements;
    private final Map<TemplateElement, List<String>> parameters = new IdentityHashMap<>();

    RenderBudget(Duration time, long maxAllocatedBytes, int maxElements) {
        this.deadline = System.nanoTime() + time.toNanos();
        this.allocationLimit = THREADS.getCurrentThreadAllocatedBytes() + maxAllocatedBytes;
        this.maxAllocatedBytes = maxAllocatedBytes;
        this.maxElements = maxElements;
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
        if (parent != null && parent.getClass().getSimpleName().equals("Macro")) {
            // A directive of a macro or function body (the first of each call is FreeMarker's interruption
            // check): its arguments may have been doubled by a recursive call, d(q + q, n - 1).
            for (String parameter : parameters.computeIfAbsent(parent, RenderBudget::parameterNames)) {
                checkSize(parameter, localOf(env, parameter));
            }
        }
    }

    @Override
    public void exitElement(Environment env, TracedElement element) {
        if (element.getClass().getSimpleName().equals("Assignment")) {
            String variable = (String) TemplateTree.nodeOf((TemplateElement) element).operands().getFirst();
            checkSize(variable, variableOf(env, variable));
        }
    }

    private void checkSize(String variable, TemplateModel value) {
        try {
            if (value instanceof TemplateSequenceModel sequence && sequence.size() > maxElements) {
                throw new RenderLimitException("built a sequence of more than " + maxElements + " items in " + variable);
            }
        } catch (TemplateModelException e) {
            throw new RenderLimitException("could not count the items of " + variable + ": " + e.getMessage());
        }
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

    private static TemplateModel variableOf(Environment env, String variable) {
        try {
            return env.getVariable(variable);
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
