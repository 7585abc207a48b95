package be.cloudgroup.privacy.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap growth of whatever runs between {@link #start} and {@link #stop}. Two ways, because
 * "used heap" mixes what is held with garbage not yet collected:
 * <ul>
 * <li>{@link Mode#LIVE}: a probe thread forces a full collection ({@code System.gc()}; stop the
 * world under G1) every period, and the heap in use at the end of each of those collections is read
 * from the collector's own notification (measured inside the pause, so no allocation of the
 * measured code after it counts). The maximum minus the same figure for a collection just before
 * the start is the peak retained growth: what the measured code holds. The forced collections
 * slow the measured code, so these rounds are separate from the timed ones.</li>
 * <li>{@link Mode#USED}: the probe thread only reads the used heap every period, minus the used
 * heap after a full collection before the start: retained data plus garbage, so it mostly shows how
 * far the young generation fills between collections (it follows the allocation rate).</li>
 * </ul>
 */
final class HeapProbe implements NotificationListener {

    enum Mode {
        LIVE,
        USED
    }

    /** The peak growth in bytes and how many samples (forced collections or readings) it is the maximum of. */
    record Peak(long bytes, int samples) {}

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final String EXPLICIT = "System.gc()";
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toUnmodifiableSet());
    private static final List<GarbageCollectorMXBean> COLLECTORS = ManagementFactory.getGarbageCollectorMXBeans();

    private final Mode mode;
    private final long periodMillis;
    private final Thread thread;
    private final Object lock = new Object();
    private long baseline = -1;
    private long peak;
    private int requested;
    private int reported;
    private int samples;
    private volatile boolean running = true;

    private HeapProbe(Mode mode, long periodMillis) {
        this.mode = mode;
        this.periodMillis = periodMillis;
        this.thread = new Thread(this::sample, "heap-probe");
        this.thread.setDaemon(true);
    }

    static HeapProbe start(Mode mode, long periodMillis) throws InterruptedException {
        HeapProbe probe = new HeapProbe(mode, periodMillis);
        COLLECTORS.forEach(collector -> ((NotificationEmitter) collector).addNotificationListener(probe, null, null));
        for (int attempt = 0; attempt < 5 && !probe.hasBaseline(); attempt++) {
            probe.collect();
            probe.awaitReports();
        }
        if (!probe.hasBaseline()) {
            throw new IllegalStateException("No report of a forced collection: no baseline");
        }
        probe.thread.start();
        return probe;
    }

    /** Stops sampling; returns the peak growth over the baseline. */
    Peak stop() throws InterruptedException {
        running = false;
        thread.join();
        awaitReports();
        for (GarbageCollectorMXBean collector : COLLECTORS) {
            try {
                ((NotificationEmitter) collector).removeNotificationListener(this);
            } catch (ListenerNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        synchronized (lock) {
            return new Peak(Math.max(0, peak - baseline), samples);
        }
    }

    /** A collection report: only forced full collections say what is live. */
    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        if (!EXPLICIT.equals(info.getGcCause())) {
            return;
        }
        long live = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(pool -> HEAP_POOLS.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed())
                .sum();
        synchronized (lock) {
            if (baseline < 0) {
                baseline = live;
                peak = live;
            } else if (mode == Mode.LIVE) {
                peak = Math.max(peak, live);
                samples++;
            }
            reported++;
            lock.notifyAll();
        }
    }

    private void sample() {
        while (running) {
            if (mode == Mode.LIVE) {
                collect();
            } else {
                long used = MEMORY.getHeapMemoryUsage().getUsed();
                synchronized (lock) {
                    peak = Math.max(peak, used);
                    samples++;
                }
            }
            try {
                Thread.sleep(periodMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void collect() {
        synchronized (lock) {
            requested++;
        }
        System.gc();
    }

    private boolean hasBaseline() {
        synchronized (lock) {
            return baseline >= 0;
        }
    }

    /**
     * Collection reports arrive on another thread, shortly after the collection. A forced
     * collection can also be skipped (another collection just ran, or JNI code such as the ZIP
     * deflater held the GC locker), so after a second without news the missing ones count as skipped.
     */
    private void awaitReports() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        synchronized (lock) {
            while (reported < requested) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    reported = requested;
                    return;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
        }
    }
}
