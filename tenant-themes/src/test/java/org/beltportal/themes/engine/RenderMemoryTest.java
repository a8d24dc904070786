package org.beltportal.themes.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.themes.engine.Engine.CATALOG_A;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Templates that build huge values in memory (issue 14: a 55-byte string-doubling template exhausted the
 * heap on each render) fail their own page, quickly, while the heap grows by a bounded amount. The heap
 * is measured as the peak of the pools that hold large objects (eden is left out: it fills with
 * ordinary garbage and is emptied by every young collection).
 */
class RenderMemoryTest {

    private static final long HEAP_GROWTH_BOUND = 256L * 1024 * 1024;

    private final Engine engine = new Engine();

    @AfterEach
    void stop() {
        engine.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<#assign s=\"x\"><#list 1..99 as i><#assign s=s+s></#list>${s}",
            "<#assign s=\"x\"><#list 1..99 as i><#assign s=\"${s}${s}\"></#list>${s?length}",
            "<#assign s=\"x\">"
                    + "<#assign s=s+s><#assign s=s+s><#assign s=s+s><#assign s=s+s><#assign s=s+s><#assign s=s+s>"
                    + "<#assign s=s+s><#assign s=s+s><#assign s=s+s><#assign s=s+s><#assign s=s+s><#assign s=s+s>"
                    + "<#assign s=s+s><#assign s=s+s><#assign s=s+s><#assign s=s+s><#assign s=s+s><#assign s=s+s>"
                    + "<#assign s=s+s><#assign s=s+s><#assign s=s+s><#assign s=s+s><#assign s=s+s><#assign s=s+s>"
                    + "<#assign s=s+s><#assign s=s+s><#assign s=s+s><#assign s=s+s><#assign s=s+s><#assign s=s+s>"
                    + "<#assign s=s+s><#assign s=s+s>${s?length}",
            "<#function d s n><#if n == 0><#return s></#if><#return d(s + s, n - 1)></#function>${d(\"x\", 40)?length}",
            "<#assign s=\"x\"><#list 1..99 as i><#assign s=s?left_pad(s?length * 2, s)></#list>${s?length}",
            "${\"x\"?left_pad(1500000000)?length}",
            "${\"x\"?right_pad(1500000000, \"ab\")?length}",
            "${(1..100000000)?join(\",\")?length}",
            "${\"0123456789\"?replace(\"\", \"0123456789\")?replace(\"\", \"0123456789\")?replace(\"\", \"0123456789\")?replace(\"\", \"0123456789\")?replace(\"\", \"0123456789\")?replace(\"\", \"0123456789\")?length}",
            "${(1..100000000)?chunk(100000000)?size}",
            "${(\"1e999999999\"?number + 1)?c}",
            "${(\"1e-999999999\"?number * 3)?c}",
            "<#assign q=[1]><#list 1..40 as i><#assign q=q+q></#list>${q?join(\",\")?length}",
            "<#function d q n><#if n == 0><#return q></#if><#return d(q + q, n - 1)></#function>${d([1], 30)?join(\",\")?length}",
    })
    void memoryHungryTemplatesFailWhileTheHeapGrowsBoundedly(String attack) throws InterruptedException {
        failsWhileTheHeapGrowsBoundedly(attack);
    }

    /**
     * One directive that multiplies a value built under the allocation budget (a 4 Mi character string costs
     * 8 MB to double up to): each builds 256 Mi characters at once, before the budget is looked at again.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "${\"${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}"
                    + "${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}"
                    + "${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}${s}\"?length}",
            "<#assign t = \"{0}\"?left_pad(192, \"{0}\")>${t?replace(\"{0}\", s)?length}",
            "${(1..64)?join(s)?length}",
            "${(1..64)?map(i -> s)?join(\"\")?length}",
            "<#assign t = \"{1}\"?left_pad(192, \"{1}\")>${msg[\"home.heroImage\"]?replace(\"{0}\", t)?replace(\"{1}\", s)?length}",
    })
    void oneDirectiveThatMultipliesALongStringFailsWhileTheHeapGrowsBoundedly(String multiplier) throws InterruptedException {
        failsWhileTheHeapGrowsBoundedly("<#assign s=\"x\"><#list 1..22 as i><#assign s=s+s></#list>" + multiplier);
    }

    /** Escaping a backslash doubles it, so a chain of escaping built-ins doubles a one-character literal at each step. */
    @Test
    void aChainOfEscapingBuiltInsFailsWhileTheHeapGrowsBoundedly() throws InterruptedException {
        failsWhileTheHeapGrowsBoundedly("${r\"\\\"" + "?j_string".repeat(28) + "?length}");
    }

    private void failsWhileTheHeapGrowsBoundedly(String attack) throws InterruptedException {
        long before = largeObjectPoolsUsed();
        resetPeaks();

        RenderedPage page = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> engine.renderSource(CATALOG_A, attack));
        boolean ended = rendersEnded();

        long growth = largeObjectPoolsPeak() - before;
        System.out.printf("heap growth %,d bytes for %s%n", growth, attack);
        assertThat(page.failed()).isTrue();
        assertThat(ended).as("the render thread ended within 20 s").isTrue();
        assertThat(growth).as("peak heap growth in bytes").isLessThan(HEAP_GROWTH_BOUND);
    }

    /**
     * A render abandoned at its time limit goes on until its next directive: the heap it takes meanwhile
     * counts too, so the peak is read once no render thread is running any more; false when one still is
     * after 20 s (a single call that long holds its belt's slot and a core).
     */
    private static boolean rendersEnded() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().startsWith("render-") && thread.getState() == Thread.State.RUNNABLE)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    private static List<MemoryPoolMXBean> largeObjectPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && !pool.getName().contains("Eden")).toList();
    }

    private static void resetPeaks() {
        largeObjectPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long largeObjectPoolsUsed() {
        System.gc();
        return largeObjectPools().stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    private static long largeObjectPoolsPeak() {
        return largeObjectPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
