package org.beltportal.core.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Background threads run at nice {@value BackgroundPriority#NICENESS}; request threads are left alone. */
class BackgroundPriorityTest {

    @Test
    void threadsFromTheFactoryRunNiced() throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/thread-self")), "Linux only");
        ExecutorService pool = Executors.newSingleThreadExecutor(BackgroundPriority.threads("test-background-"));
        try {
            int nice = CompletableFuture.supplyAsync(BackgroundPriorityTest::niceOfThisThread, pool).get(10, TimeUnit.SECONDS);
            assertThat(nice).isEqualTo(BackgroundPriority.NICENESS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyTheThreadItselfIsLowered() throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/thread-self")), "Linux only");
        int before = niceOfThisThread();
        Thread lowered = BackgroundPriority.thread("test-lowered").newThread(() -> { });
        lowered.start();
        lowered.join(10_000);
        assertThat(niceOfThisThread()).isEqualTo(before);
    }

    /** Field 19 of /proc/thread-self/stat, counted after the command name's closing parenthesis. */
    private static int niceOfThisThread() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[16]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
