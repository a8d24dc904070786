package org.beltportal.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Every {@link SoakRecorder#WINDOW_NANOS} from the soak's origin: the server's heap in use and live data
 * after the last collection ({@code jvm.memory.used} area heap, {@code jvm.gc.live.data.size}), live
 * platform threads ({@code jvm.threads.live}), its RSS and the cores it and the machine used since the
 * last sample. A metric the server does not answer is -1 in that sample.
 */
final class SoakSampler implements AutoCloseable {

    record Sample(int window, double atSeconds, long heapUsedBytes, long liveDataBytes, long liveThreads, long rssBytes,
                  double serverCores, double machineCores) {
    }

    private final Api api;
    private final long serverPid;
    private final long origin;
    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;

    SoakSampler(Api api, long serverPid, long origin) {
        this.api = api;
        this.serverPid = serverPid;
        this.origin = origin;
        this.thread = Thread.ofPlatform().name("soak-sampler").daemon().start(this::loop);
    }

    private void loop() {
        double cpu = ProcStats.cpuSeconds(serverPid);
        double machine = ProcStats.machineSeconds()[0];
        long last = System.nanoTime();
        for (int window = 1; ; window++) {
            long due = origin + window * SoakRecorder.WINDOW_NANOS;
            try {
                Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            double cpuNow = ProcStats.cpuSeconds(serverPid);
            double machineNow = ProcStats.machineSeconds()[0];
            double seconds = (now - last) / 1e9;
            Sample sample = new Sample(window - 1, Report.round((now - origin) / 1e9), metric("jvm.memory.used?tag=area:heap"),
                    metric("jvm.gc.live.data.size"), metric("jvm.threads.live"), ProcStats.rssBytes(serverPid),
                    Report.round((cpuNow - cpu) / seconds), Report.round((machineNow - machine) / seconds));
            synchronized (samples) {
                samples.add(sample);
            }
            cpu = cpuNow;
            machine = machineNow;
            last = now;
        }
    }

    private long metric(String name) {
        try {
            Api.Reply reply = api.getAuthorized("/actuator/metrics/" + name);
            return reply.status() == 200 ? (long) reply.json().get("measurements").get(0).get("value").asDouble() : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
