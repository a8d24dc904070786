package org.beltportal.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

import org.beltportal.bench.QueryMix.SearchRequest;

/**
 * Sends searches and records their times: one client in sequence (latency), or N clients pulling from
 * one shared request list (throughput). Every loop stops at a request count and at a deadline,
 * whichever comes first.
 */
final class LoadDriver {

    private final Api api;

    LoadDriver(Api api) {
        this.api = api;
    }

    /** What one run measured. */
    static final class Stats {
        final Map<String, Latencies> byKind = new LinkedHashMap<>();
        final Map<String, Latencies> hitsByKind = new LinkedHashMap<>();
        final Latencies all = new Latencies();
        final List<String> errorSamples = new ArrayList<>();
        final List<Slow> slowest = new ArrayList<>();
        int errors;
        double seconds;

        record Slow(double ms, String kind, String path, long total) {
        }

        void record(String kind, String path, long nanos, long total) {
            all.add(nanos);
            byKind.computeIfAbsent(kind, k -> new Latencies()).add(nanos);
            hitsByKind.computeIfAbsent(kind, k -> new Latencies()).add(total);
            double ms = nanos / 1e6;
            if (slowest.size() < 20 || ms > slowest.getLast().ms()) {
                slowest.add(new Slow(ms, kind, path, total));
                slowest.sort(Comparator.comparingDouble(Slow::ms).reversed());
                if (slowest.size() > 20) {
                    slowest.removeLast();
                }
            }
        }

        void error(String what) {
            errors++;
            if (errorSamples.size() < 10) {
                errorSamples.add(what);
            }
        }

        void merge(Stats other) {
            all.addAll(other.all);
            other.byKind.forEach((k, v) -> byKind.computeIfAbsent(k, x -> new Latencies()).addAll(v));
            other.hitsByKind.forEach((k, v) -> hitsByKind.computeIfAbsent(k, x -> new Latencies()).addAll(v));
            for (Slow s : other.slowest) {
                slowest.add(s);
            }
            slowest.sort(Comparator.comparingDouble(Slow::ms).reversed());
            while (slowest.size() > 20) {
                slowest.removeLast();
            }
            errors += other.errors;
            for (String e : other.errorSamples) {
                if (errorSamples.size() < 10) {
                    errorSamples.add(e);
                }
            }
        }

        int requests() {
            return all.count() + errors;
        }
    }

    /** Sends {@code request} (and its page 2 when asked); returns the number of HTTP requests made. */
    private int execute(SearchRequest request, Stats stats) {
        String path = request.path();
        int sent = 0;
        try {
            long t0 = System.nanoTime();
            Api.Reply reply = api.get(path);
            long t1 = System.nanoTime();
            sent++;
            if (reply.status() != 200) {
                stats.error(reply.status() + " " + path + " " + abbreviate(reply.body()));
                return sent;
            }
            stats.record(request.kind(), path, t1 - t0, reply.total());
            String cursor = request.followPage() ? reply.nextCursor() : null;
            if (cursor != null) {
                String page2 = path + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
                long t2 = System.nanoTime();
                Api.Reply second = api.get(page2);
                long t3 = System.nanoTime();
                sent++;
                if (second.status() != 200) {
                    stats.error(second.status() + " " + page2 + " " + abbreviate(second.body()));
                } else {
                    stats.record("page2", page2, t3 - t2, second.total());
                }
            }
        } catch (Exception e) {
            stats.error(e.getClass().getSimpleName() + " " + path + " " + e.getMessage());
        }
        return sent;
    }

    /** One client: requests in order until {@code maxRequests} HTTP requests or {@code maxTime}. */
    Stats single(List<SearchRequest> requests, int maxRequests, Duration maxTime) {
        Stats stats = new Stats();
        long start = System.nanoTime();
        long deadline = start + maxTime.toNanos();
        int sent = 0;
        for (int i = 0; sent < maxRequests && System.nanoTime() < deadline; i++) {
            sent += execute(requests.get(i % requests.size()), stats);
        }
        stats.seconds = (System.nanoTime() - start) / 1e9;
        return stats;
    }

    /** {@code clients} threads share the request list until {@code maxRequests} or {@code duration}. */
    Stats concurrent(int clients, List<SearchRequest> requests, int maxRequests, Duration duration)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        return clients(clients, maxRequests, duration,
                stats -> execute(requests.get(next.getAndIncrement() % requests.size()), stats));
    }

    /**
     * {@code clients} threads GET one page over and over for {@code duration} (the pages benchmark: the
     * same URL from the portal and from nginx). A reply other than 200 with a body counts as an error.
     */
    Stats repeat(int clients, String kind, String path, Duration duration) throws InterruptedException {
        return clients(clients, Integer.MAX_VALUE, duration, stats -> {
            try {
                long t0 = System.nanoTime();
                Api.Reply reply = api.get(path);
                long t1 = System.nanoTime();
                if (reply.status() != 200 || reply.body().isEmpty()) {
                    stats.error(reply.status() + " " + path + " " + abbreviate(reply.body()));
                } else {
                    stats.record(kind, path, t1 - t0, reply.body().length());
                }
            } catch (Exception e) {
                stats.error(e.getClass().getSimpleName() + " " + path + " " + e.getMessage());
            }
            return 1;
        });
    }

    /** A page or API GET of a mixed load, timed under its kind. */
    record Get(String kind, String path) {
    }

    /**
     * {@code clients} threads share the list of GETs (pages and searches of the thousand-belt benchmark) for
     * {@code duration}; a reply other than 200 with a body counts as an error.
     */
    Stats gets(int clients, List<Get> requests, Duration duration) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        return clients(clients, Integer.MAX_VALUE, duration, stats -> {
            Get get = requests.get(Math.floorMod(next.getAndIncrement(), requests.size()));
            try {
                long t0 = System.nanoTime();
                Api.Reply reply = api.get(get.path());
                long t1 = System.nanoTime();
                if (reply.status() != 200 || reply.body().isEmpty()) {
                    stats.error(reply.status() + " " + get.path() + " " + abbreviate(reply.body()));
                } else {
                    stats.record(get.kind(), get.path(), t1 - t0, reply.body().length());
                }
            } catch (Exception e) {
                stats.error(e.getClass().getSimpleName() + " " + get.path() + " " + e.getMessage());
            }
            return 1;
        });
    }

    /** Runs {@code step} (which returns the HTTP requests it made) on each client thread until a limit. */
    private Stats clients(int clients, int maxRequests, Duration duration, ToIntFunction<Stats> step)
            throws InterruptedException {
        AtomicInteger sent = new AtomicInteger();
        List<Stats> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            Stats mine = new Stats();
            perThread.add(mine);
            threads.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> {
                while (System.nanoTime() < deadline && sent.get() < maxRequests) {
                    sent.addAndGet(step.applyAsInt(mine));
                }
            }));
        }
        for (Thread t : threads) {
            t.join(duration.toMillis() + 120_000);
            if (t.isAlive()) {
                t.interrupt();
            }
        }
        Stats total = new Stats();
        total.seconds = (System.nanoTime() - start) / 1e9;
        perThread.forEach(total::merge);
        return total;
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }
}
