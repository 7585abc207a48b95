package be.cloudgroup.privacy.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Peak heap growth of whatever runs between {@link #start} and {@link #stop}, over a baseline
 * taken right after a full collection. Two ways, because "used heap" mixes two things:
 * <ul>
 * <li>{@link Mode#LIVE}: a probe thread forces a full collection ({@code System.gc()}, stop the
 * world under G1) every period and reads the used heap right after it: what the measured code
 * still holds at that moment. Their maximum is the peak retained growth, the figure a streaming
 * export must keep flat. The forced collections slow the measured code, so these rounds are
 * separate from the timed ones.</li>
 * <li>{@link Mode#USED}: the probe thread only reads the used heap every period: retained data
 * plus garbage not yet collected, so it mostly shows how far the young generation fills between
 * collections (it grows with the allocation rate, not with what is held).</li>
 * </ul>
 */
final class HeapProbe {

    enum Mode { LIVE, USED }

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final Mode mode;
    private final long periodMillis;
    private final long baseline;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;
    private volatile int samples;

    private HeapProbe(Mode mode, long periodMillis) {
        this.mode = mode;
        this.periodMillis = periodMillis;
        this.baseline = collectedUsedHeap();
        this.peak = baseline;
        this.thread = new Thread(this::sample, "heap-probe");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    static HeapProbe start(Mode mode, long periodMillis) {
        return new HeapProbe(mode, periodMillis);
    }

    /** Stops sampling; returns the peak growth over the baseline in bytes. */
    long stop() throws InterruptedException {
        running = false;
        thread.join();
        if (samples == 0) {
            throw new IllegalStateException("The heap probe took no sample: the measured code ran too briefly");
        }
        return Math.max(0, peak - baseline);
    }

    private void sample() {
        while (running) {
            long used = mode == Mode.LIVE ? collectedUsedHeap() : MEMORY.getHeapMemoryUsage().getUsed();
            if (running) {
                peak = Math.max(peak, used);
                samples++;
            }
            try {
                Thread.sleep(periodMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static long collectedUsedHeap() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
