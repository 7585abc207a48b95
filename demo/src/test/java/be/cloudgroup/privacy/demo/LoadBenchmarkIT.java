package be.cloudgroup.privacy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.core.Ordered;

/**
 * The load benchmark (tagged {@code benchmark}: not part of the normal build). The demo portal on
 * its embedded stack in this JVM; 50 and then 200 simulated customers ({@link LoadCustomers}, in a
 * second JVM, each an {@link HttpBrowser} with its own cookies) sign in at once through the real
 * OIDC flow, load the portal and open the dashboard, My data and Preferences three times each, with
 * 5–15 s between pages, as a person reads a page before the next click ({@code
 * -Dbenchmark.think-ms=500-1500}: a page a second per customer, a stress test), all at the same
 * time. Server time is measured inside the portal by a servlet filter in front of everything else
 * (security included), per page (the UIDL request that renders the view); heap per session is the
 * used heap after a full collection with the sessions open minus after they were ended.
 *
 * <p>{@code ./mvnw -B -o verify -pl demo -am -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=LoadBenchmarkIT -DexcludedGroups=none -Dspotless.check.skip=true}; the figures go to the
 * console and to {@code demo/target/load-benchmark.md}.
 */
@Tag("benchmark")
class LoadBenchmarkIT {

    private static final List<Integer> CUSTOMERS = List.of(
            Integer.getInteger("benchmark.customers.first", 50), Integer.getInteger("benchmark.customers.second", 200));
    private static final int WARM_UP = 20;
    private static final int ROUNDS = 3;
    /** {@code -Dbenchmark.clients=in-process}: the customers in the portal's JVM, as before they had their own. */
    private static final boolean IN_PROCESS = "in-process".equals(System.getProperty("benchmark.clients"));
    /** Milliseconds between two pages of a customer, a person's reading time; {@code -Dbenchmark.think-ms=…}. */
    private static final LoadCustomers.ThinkTime THINK =
            LoadCustomers.ThinkTime.parse(System.getProperty("benchmark.think-ms", "5000-15000"));

    /** The tags of the pages' navigations. */
    private static final List<String> ORDER_TAGS =
            LoadCustomers.ORDER.stream().map(LoadCustomers::tag).toList();

    /** Server nanoseconds per tagged request, by tag. */
    private final Map<String, Queue<Long>> serverTimes = new ConcurrentHashMap<>();

    @Test
    void customers_sign_in_and_open_their_pages_under_load() throws Exception {
        int accounts = WARM_UP + CUSTOMERS.stream().mapToInt(Integer::intValue).sum();
        try (DemoPortal portal = DemoPortal.start(
                DemoPortal.Settings.forTests(),
                null,
                1,
                context -> context.getBeanFactory().registerSingleton("benchmarkTimer", timer()))) {
            seedCustomerAccounts(portal, accounts);
            List<String> report = new ArrayList<>();
            report.add("| customers | sign-ins/s | sign-in p50 / p95 (client) | page | server p50 | server p95"
                    + " | server max | heap per session | failed |");
            report.add("|---:|---:|---:|---|---:|---:|---:|---:|---:|");
            List<String> poolReport = new ArrayList<>();
            poolReport.add("| customers | portal JVM CPU | CPU per page | connections in use (most)"
                    + " | requests waiting for one (most) | mean hold | mean wait | connections handed out |");
            poolReport.add("|---:|---:|---:|---:|---:|---:|---:|---:|");
            int failedTotal = run(portal, 0, WARM_UP, null, null).failed();
            int next = WARM_UP;
            boolean metTarget = true;
            for (int customers : CUSTOMERS) {
                Result result = run(portal, next, customers, report, poolReport);
                next += customers;
                failedTotal += result.failed();
                if (customers == CUSTOMERS.get(CUSTOMERS.size() - 1)) {
                    metTarget = result.worstP95Millis() < 300 && result.failed() == 0;
                }
            }
            report.add("");
            report.add(
                    "The portal's JVM during each phase: its CPU time (the portal with the embedded identity provider,"
                            + " without MariaDB and the customers' JVM), per page opened (sign-ins, loads and heartbeats"
                            + " included); its database connection pool (Hikari; in use and waiting sampled every 20 ms):");
            report.add("");
            report.addAll(poolReport);
            report.add("");
            report.add("Target (p95 under 300 ms at " + CUSTOMERS.get(CUSTOMERS.size() - 1)
                    + " customers, nothing failed): " + (metTarget ? "PASS" : "MISS")
                    + "; think time " + THINK + " ms; customers "
                    + (IN_PROCESS ? "in the portal's JVM" : "in a JVM of their own")
                    + "; load average at the end " + loadAverage() + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores");
            String text = String.join("\n", report);
            System.out.println("\n" + text + "\n");
            Files.writeString(Path.of("target", "load-benchmark.md"), text + "\n");
            assertThat(failedTotal).as("failed customers").isZero();
        }
    }

    private record Result(double worstP95Millis, int failed) {}

    /**
     * {@code count} customers from number {@code first} on ({@link LoadCustomers}, in a JVM of their
     * own unless {@code -Dbenchmark.clients=in-process}); the report gets a row per page (none for
     * the warm-up).
     */
    private Result run(DemoPortal portal, int first, int count, List<String> report, List<String> poolReport)
            throws Exception {
        serverTimes.clear();
        HikariPoolMXBean pool =
                portal.bean(DataSource.class).unwrap(HikariDataSource.class).getHikariPoolMXBean();
        MeterRegistry meters = portal.bean(MeterRegistry.class);
        double[] before = poolTimers(meters);
        long cpuBefore = processCpuNanos();
        AtomicInteger mostInUse = new AtomicInteger();
        AtomicInteger mostWaiting = new AtomicInteger();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(
                () -> {
                    mostInUse.accumulateAndGet(pool.getActiveConnections(), Math::max);
                    mostWaiting.accumulateAndGet(pool.getThreadsAwaitingConnection(), Math::max);
                },
                0,
                20,
                TimeUnit.MILLISECONDS);
        LoadCustomers.Outcome outcome;
        try {
            outcome = IN_PROCESS
                    ? LoadCustomers.run(portal.url(), first, count, ROUNDS, THINK)
                    : inOwnJvm(portal.url(), first, count);
        } finally {
            sampler.shutdownNow();
        }
        double[] after = poolTimers(meters);
        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
        long withSessions = usedHeapAfterGc();
        int ended = endAllSessions(portal);
        long withoutSessions = usedHeapAfterGc();
        double perSessionKb = (withSessions - withoutSessions) / 1024.0 / Math.max(1, ended);

        double worstP95 = 0;
        if (report != null) {
            List<Long> signIn = new ArrayList<>(outcome.signInNanos());
            Collections.sort(signIn);
            String prefix = "| %d | %.1f | %.0f / %.0f ms"
                    .formatted(count, count / outcome.signInSeconds(), millis(signIn, 0.50), millis(signIn, 0.95));
            for (String tag : List.of(
                    "load", LoadCustomers.tag(""), LoadCustomers.tag("my-data"), LoadCustomers.tag("preferences"))) {
                List<Long> times = sorted(serverTimes.getOrDefault(tag, new ConcurrentLinkedQueue<>()));
                String page =
                        tag.equals("load") ? "page + Vaadin bootstrap (`v-r=init`)" : tag.substring("page ".length());
                if (tag.startsWith("page")) {
                    worstP95 = Math.max(worstP95, millis(times, 0.95));
                }
                report.add(prefix
                        + " | %s (%d) | %.0f ms | %.0f ms | %.0f ms | %.0f KB | %d |"
                                .formatted(
                                        page,
                                        times.size(),
                                        millis(times, 0.50),
                                        millis(times, 0.95),
                                        millis(times, 1.0),
                                        perSessionKb,
                                        outcome.failed()));
                prefix = "| | | ";
            }
        }
        if (poolReport != null) {
            int pages = ORDER_TAGS.stream()
                    .mapToInt(tag -> serverTimes
                            .getOrDefault(tag, new ConcurrentLinkedQueue<>())
                            .size())
                    .sum();
            poolReport.add("| %d | %.1f s | %.0f ms | %d of %d | %d | %.1f ms | %.1f ms | %.0f |"
                    .formatted(
                            count,
                            cpuSeconds,
                            cpuSeconds * 1000 / Math.max(1, pages),
                            mostInUse.get(),
                            pool.getTotalConnections(),
                            mostWaiting.get(),
                            (after[1] - before[1]) / Math.max(1, after[0] - before[0]),
                            (after[3] - before[3]) / Math.max(1, after[2] - before[2]),
                            after[0] - before[0]));
        }
        return new Result(worstP95, outcome.failed());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Hikari's timers: connections handed back and their total hold time, acquisitions and their total wait. */
    private static double[] poolTimers(MeterRegistry meters) {
        Timer usage = meters.get("hikaricp.connections.usage").timer();
        Timer acquire = meters.get("hikaricp.connections.acquire").timer();
        return new double[] {
            usage.count(),
            usage.totalTime(TimeUnit.MILLISECONDS),
            acquire.count(),
            acquire.totalTime(TimeUnit.MILLISECONDS)
        };
    }

    /**
     * The customers in a second JVM on this test's class path, so that the portal's heap, collections
     * and thread scheduler serve the portal alone (both JVMs still share the machine's cores).
     */
    private static LoadCustomers.Outcome inOwnJvm(String portalUrl, int first, int count) throws Exception {
        Path result = Files.createTempFile("load-customers", ".txt");
        try {
            Process customers = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx512m",
                            "-cp",
                            System.getProperty("java.class.path"),
                            LoadCustomers.class.getName(),
                            portalUrl,
                            String.valueOf(first),
                            String.valueOf(count),
                            String.valueOf(ROUNDS),
                            THINK.toString(),
                            result.toString())
                    .inheritIO()
                    .start();
            try {
                if (!customers.waitFor(15, TimeUnit.MINUTES) || customers.exitValue() != 0) {
                    throw new IllegalStateException("The simulated customers' JVM did not end well");
                }
            } finally {
                customers.destroyForcibly();
            }
            return LoadCustomers.Outcome.read(result);
        } finally {
            Files.deleteIfExists(result);
        }
    }

    /** A servlet filter before everything else (security included) that times tagged requests. */
    private FilterRegistrationBean<Filter> timer() {
        Filter filter = (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            String query = http.getQueryString();
            // heartbeats run beside the pages and carry the page's tag: not timed
            String tag =
                    query != null && query.contains("v-r=heartbeat") ? null : http.getHeader(LoadCustomers.PAGE_HEADER);
            long start = System.nanoTime();
            try {
                chain.doFilter(request, response);
            } finally {
                if (tag != null) {
                    serverTimes
                            .computeIfAbsent(tag, key -> new ConcurrentLinkedQueue<>())
                            .add(System.nanoTime() - start);
                }
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Portal accounts {@code load-0000@example.com}… for generated customers that have none. */
    private static void seedCustomerAccounts(DemoPortal portal, int count) throws SQLException {
        try (Connection connection = portal.bean(DataSource.class).getConnection();
                Statement statement = connection.createStatement()) {
            int inserted = statement.executeUpdate("""
                    INSERT INTO portal_account (email, display_name, customer_id, status, created_at, version)
                    SELECT CONCAT('load-', LPAD(ROW_NUMBER() OVER (ORDER BY c.id) - 1, 4, '0'), '@example.com'),
                           CONCAT(c.first_name, ' ', c.last_name), c.id, 'ACTIVE', UTC_TIMESTAMP(6), 0
                    FROM customer c
                    WHERE c.type = 'PRIVATE' AND c.status = 'ACTIVE'
                      AND NOT EXISTS (SELECT 1 FROM portal_account a WHERE a.customer_id = c.id)
                    ORDER BY c.id
                    LIMIT %d""".formatted(count));
            statement.executeUpdate("INSERT INTO portal_account_role (account_id, role)"
                    + " SELECT id, 'CUSTOMER' FROM portal_account WHERE email LIKE 'load-%'");
            assertThat(inserted).as("customer accounts for the benchmark").isEqualTo(count);
        }
    }

    private static int endAllSessions(DemoPortal portal) {
        Context web =
                (Context) ((TomcatWebServer) ((ServletWebServerApplicationContext) portal.instance(0)).getWebServer())
                        .getTomcat()
                        .getHost()
                        .findChildren()[0];
        Session[] sessions = web.getManager().findSessions();
        for (Session session : sessions) {
            session.expire();
        }
        return sessions.length;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static List<Long> sorted(Queue<Long> values) {
        List<Long> list = new ArrayList<>(values);
        Collections.sort(list);
        return list;
    }

    private static double millis(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    private static String loadAverage() {
        return String.format(
                Locale.ROOT,
                "%.1f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
