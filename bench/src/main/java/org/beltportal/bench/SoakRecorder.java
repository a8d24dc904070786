package org.beltportal.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.beltportal.bench.SoakClient.Outcome;
import org.beltportal.bench.SoakRequest.Kind;

/**
 * What the soak's requests did, per window of {@link #WINDOW_NANOS} (by planned start, so a request the
 * server held up counts in the window it was due) and per group: the other belts, whose failures must be
 * none, and the attacked belt, whose failures are the attack's. Latency runs from the planned start to
 * the answer. Thread-safe; requests finish on many threads.
 */
final class SoakRecorder {

    static final long WINDOW_NANOS = 10_000_000_000L;
    static final int ERROR_SAMPLES = 20;

    enum Group { OTHER_BELTS, ATTACKED_BELT }

    /** Counts and times of one group in one window, or of one kind over the whole run. */
    static final class Tally {
        final Latencies buyerLatencies = new Latencies();
        final Latencies allLatencies = new Latencies();
        int ok;
        int throttled;
        int failed;

        void add(Kind kind, Outcome outcome, long nanos) {
            switch (outcome) {
                case OK -> ok++;
                case THROTTLED -> throttled++;
                case FAILED -> failed++;
            }
            if (outcome == Outcome.OK) {
                allLatencies.add(nanos);
                if (kind.buyer) {
                    buyerLatencies.add(nanos);
                }
            }
        }

        void merge(Tally other) {
            buyerLatencies.addAll(other.buyerLatencies);
            allLatencies.addAll(other.allLatencies);
            ok += other.ok;
            throttled += other.throttled;
            failed += other.failed;
        }

        int requests() {
            return ok + throttled + failed;
        }
    }

    private final long origin;
    private final List<Map<Group, Tally>> windows = new ArrayList<>();
    private final Map<Kind, Tally> kinds = new EnumMap<>(Kind.class);
    private final Map<Group, List<String>> errorSamples = new EnumMap<>(Group.class);

    /** {@code origin}: the System.nanoTime() the first window starts at. */
    SoakRecorder(long origin) {
        this.origin = origin;
    }

    static Group groupOf(Kind kind) {
        return kind == Kind.ATTACK_HOME ? Group.ATTACKED_BELT : Group.OTHER_BELTS;
    }

    synchronized void record(Kind kind, long plannedNanos, long latencyNanos, SoakClient.Result result) {
        int index = (int) Math.max(0, (plannedNanos - origin) / WINDOW_NANOS);
        while (windows.size() <= index) {
            windows.add(new EnumMap<>(Group.class));
        }
        Group group = groupOf(kind);
        windows.get(index).computeIfAbsent(group, g -> new Tally()).add(kind, result.outcome(), latencyNanos);
        kinds.computeIfAbsent(kind, k -> new Tally()).add(kind, result.outcome(), latencyNanos);
        if (result.outcome() == Outcome.FAILED) {
            List<String> samples = errorSamples.computeIfAbsent(group, g -> new ArrayList<>());
            if (samples.size() < ERROR_SAMPLES) {
                samples.add(result.detail());
            }
        }
    }

    synchronized int windowCount() {
        return windows.size();
    }

    /** The group's tally of windows {@code from} (inclusive) to {@code to} (exclusive), merged. */
    synchronized Tally tally(Group group, int from, int to) {
        Tally merged = new Tally();
        for (int i = Math.max(0, from); i < Math.min(to, windows.size()); i++) {
            Tally t = windows.get(i).get(group);
            if (t != null) {
                merged.merge(t);
            }
        }
        return merged;
    }

    synchronized Tally total(Group group) {
        return tally(group, 0, windows.size());
    }

    synchronized Map<Kind, Tally> byKind() {
        return new LinkedHashMap<>(kinds);
    }

    synchronized List<String> errorSamples(Group group) {
        return List.copyOf(errorSamples.getOrDefault(group, List.of()));
    }
}
