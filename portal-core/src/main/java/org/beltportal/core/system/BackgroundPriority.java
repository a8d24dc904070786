package org.beltportal.core.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background threads (imports, index writes, reopens, merges, rebuilds) run at a lower operating-system priority
 * than request threads: Linux nice {@value #NICENESS}. {@link RequestsFirst} pauses a job between batches, but a
 * batch, a flush, a reopen or a merge already running still took an equal share of a busy core, and during the
 * festival-spike soak's import buyers' p99 rose 4-20 times on one core (docs/benchmarks.md, session 11). With a
 * lower priority the kernel lets a request that wakes up run first; on a quiet node the work still gets every idle
 * cycle, so an import is not slower unless buyers are waiting.
 * <p>
 * Java has no thread priority the Linux scheduler honours, so a thread renices itself with {@code renice} on its
 * own thread id (Linux keeps a nice value per thread, and raising it needs no privilege). Elsewhere, or without
 * {@code renice}, threads keep the normal priority and one line is logged.
 */
public final class BackgroundPriority {

    static final int NICENESS = 10;
    private static final Path THREAD_SELF = Path.of("/proc/thread-self");
    private static final Logger log = LoggerFactory.getLogger(BackgroundPriority.class);
    private static final AtomicBoolean unavailableLogged = new AtomicBoolean();

    private BackgroundPriority() {
    }

    /** Platform daemon threads named {@code prefix} and a number from 1, each lowered as it starts. */
    public static ThreadFactory threads(String prefix) {
        ThreadFactory platform = Thread.ofPlatform().name(prefix, 1).daemon().factory();
        return work -> platform.newThread(() -> {
            lowerCurrentThread();
            work.run();
        });
    }

    /** One platform daemon thread so named, lowered as it starts. */
    public static ThreadFactory thread(String name) {
        ThreadFactory platform = Thread.ofPlatform().name(name).daemon().factory();
        return work -> platform.newThread(() -> {
            lowerCurrentThread();
            work.run();
        });
    }

    /** Lowers the calling thread's priority; for threads made by libraries (Lucene's reopen and merge threads). */
    public static void lowerCurrentThread() {
        try {
            String tid = threadId();
            Process renice = new ProcessBuilder("renice", "-n", Integer.toString(NICENESS), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!renice.waitFor(5, TimeUnit.SECONDS) || renice.exitValue() != 0) {
                renice.destroy();
                unavailable("renice did not succeed for thread " + tid);
            }
        } catch (IOException | UnsupportedOperationException e) {
            unavailable(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The kernel's id of the calling thread: {@code /proc/thread-self} links to {@code <pid>/task/<tid>}. */
    private static String threadId() throws IOException {
        if (!Files.exists(THREAD_SELF)) {
            throw new UnsupportedOperationException("no /proc/thread-self (not Linux)");
        }
        return THREAD_SELF.toRealPath().getFileName().toString();
    }

    private static void unavailable(String why) {
        if (unavailableLogged.compareAndSet(false, true)) {
            log.info("Background threads keep the normal priority ({}): imports compete with requests for the CPU", why);
        }
    }
}
