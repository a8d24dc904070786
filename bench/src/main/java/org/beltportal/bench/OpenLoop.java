package org.beltportal.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Load at a fixed arrival rate: request i is due at start + i / rate whatever became of the earlier ones,
 * is sent on a virtual thread of its own, and is timed from when it was due. A closed loop (a client
 * sends its next request only after the last answer) slows down with the server and so hides the stalls
 * it causes (coordinated omission); this one does not. {@link #closed} is kept for finding the capacity.
 */
final class OpenLoop {

    /** Requests in flight beyond this are not sent but counted as failed: the server is not keeping up. */
    static final int MAX_OUTSTANDING = 2000;

    private final SoakClient client;
    private final SoakRecorder recorder;
    private final AtomicInteger outstanding = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();

    OpenLoop(SoakClient client, SoakRecorder recorder) {
        this.client = client;
        this.recorder = recorder;
    }

    /**
     * Sends {@code mix}'s requests at {@code perSecond} from {@code start} (a System.nanoTime(), the recorder's
     * origin, so every stream's windows line up) for {@code duration}; returns once the last one is sent.
     */
    void run(long start, double perSecond, Duration duration, Supplier<SoakRequest> mix) {
        long end = start + duration.toNanos();
        double period = 1e9 / perSecond;
        for (long i = 0; ; i++) {
            long due = start + (long) (i * period);
            if (due >= end || Thread.currentThread().isInterrupted()) {
                return;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            SoakRequest request = mix.get();
            if (outstanding.incrementAndGet() > MAX_OUTSTANDING) {
                outstanding.decrementAndGet();
                recorder.record(request.kind(), due, 0, new SoakClient.Result(SoakClient.Outcome.FAILED,
                        "not sent: " + MAX_OUTSTANDING + " requests already waiting for an answer"));
                continue;
            }
            sent.incrementAndGet();
            Thread.ofVirtual().start(() -> {
                try {
                    SoakClient.Result result = client.execute(request);
                    recorder.record(request.kind(), due, System.nanoTime() - due, result);
                } finally {
                    outstanding.decrementAndGet();
                }
            });
        }
    }

    /** Waits up to {@code max} for the requests still in flight; returns how many were left. */
    int drain(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (outstanding.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return outstanding.get();
    }

    int sent() {
        return sent.get();
    }

    /** {@code clients} threads, each sending its next request when the last is answered, for {@code duration}. */
    static void closed(SoakClient client, SoakRecorder recorder, int clients, Duration duration, Supplier<SoakRequest> mix)
            throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().name("soak-client-" + c).start(() -> {
                while (System.nanoTime() < deadline) {
                    SoakRequest request = mix.get();
                    long t0 = System.nanoTime();
                    SoakClient.Result result = client.execute(request);
                    recorder.record(request.kind(), t0, System.nanoTime() - t0, result);
                }
            }));
        }
        for (Thread t : threads) {
            t.join(duration.toMillis() + 120_000);
        }
    }
}
