package be.cloudgroup.privacy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.AccountService;
import be.cloudgroup.privacy.account.ChangeReason;
import be.cloudgroup.privacy.download.DownloadService;
import be.cloudgroup.privacy.shared.Language;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Two portal instances on one MariaDB, as behind a load balancer with sticky sessions: started
 * at the same time on an empty database (one migrates while the other waits: the persistence
 * module's MigrationLock), a scheduled job runs on one of them per firing (ShedLock), an admin's lock on instance A
 * ends the person's session on instance B, and a download ticket is valid only on the instance
 * that issued it. Started once for all checks (two Spring contexts in this JVM, one database).
 */
class TwoInstancesIT {

    private static final int A = 0;
    private static final int B = 1;
    private static final String SUMMARY_JOB = "request-queue-summary";

    /** When each instance's Liquibase began and finished migrating. */
    private record Migration(Instant started, Instant finished) {}

    private static final List<Migration> MIGRATIONS = new CopyOnWriteArrayList<>();
    private static final ListAppender<ILoggingEvent> SHEDLOCK_LOG = new ListAppender<>();

    private static DemoPortal cluster;
    private static ExecutorService http;

    @BeforeAll
    static void startTwoInstancesAtOnce() {
        CyclicBarrier bothMigrate = new CyclicBarrier(2);
        cluster = DemoPortal.start(
                DemoPortal.Settings.forTests(),
                null,
                2,
                context -> context.getBeanFactory().addBeanPostProcessor(new MigrationTimer(bothMigrate)),
                // the daily summary every 2 seconds, so that both instances' timers fire during the test
                "--portal.requests.summary-cron=*/2 * * * * *");
        http = Executors.newFixedThreadPool(4);
        Logger shedlock = (Logger) LoggerFactory.getLogger("net.javacrumbs.shedlock");
        shedlock.setLevel(Level.DEBUG);
        shedlock.addAppender(SHEDLOCK_LOG);
        SHEDLOCK_LOG.start();
    }

    @AfterAll
    static void stop() {
        Logger shedlock = (Logger) LoggerFactory.getLogger("net.javacrumbs.shedlock");
        shedlock.detachAppender(SHEDLOCK_LOG);
        shedlock.setLevel(null);
        if (http != null) {
            http.shutdownNow();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void both_instances_migrated_the_empty_database_at_the_same_time_without_clashing() throws SQLException {
        assertThat(MIGRATIONS).hasSize(2);
        Migration first = MIGRATIONS.get(0);
        Migration second = MIGRATIONS.get(1);
        // both were migrating at once: each started before the other finished
        assertThat(first.started()).isBefore(second.finished());
        assertThat(second.started()).isBefore(first.finished());
        // every change set applied once, the lock released
        assertThat(number("SELECT COUNT(*) - COUNT(DISTINCT id, author, filename) FROM DATABASECHANGELOG"))
                .isZero();
        assertThat(number("SELECT COUNT(*) FROM DATABASECHANGELOG")).isGreaterThan(50);
        assertThat(number("SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKED"))
                .isZero();
        for (int instance : new int[] {A, B}) {
            assertThat(new HttpBrowser(cluster.url(instance), http)
                            .get(URI.create(cluster.url(instance)))
                            .body())
                    .as("instance %d serves the sign-in", instance)
                    .contains("id=\"sign-in\"");
        }
    }

    @Test
    void the_scheduled_summary_runs_once_per_firing_although_both_instances_fire() throws Exception {
        waitFor(Duration.ofSeconds(20), () -> summariesSent().size(), count -> count > 0);
        SHEDLOCK_LOG.list.clear();
        Thread.sleep(5_000); // two or three firings on each instance

        List<Instant> sent = summariesSent();
        for (int i = 1; i < sent.size(); i++) {
            assertThat(Duration.between(sent.get(i - 1), sent.get(i)))
                    .as("one summary per lock period (a minute), though each instance fires every 2 seconds")
                    .isGreaterThan(Duration.ofSeconds(55));
        }
        assertThat(SHEDLOCK_LOG.list.stream()
                        .map(ILoggingEvent::getFormattedMessage)
                        .filter(message -> message.contains("It's locked") && message.contains(SUMMARY_JOB)))
                .as("firings skipped in 5 seconds because the lock was held")
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(number("SELECT COUNT(*) FROM shedlock WHERE name = '" + SUMMARY_JOB + "'"))
                .isOne();
    }

    @Test
    void an_admins_lock_on_instance_a_ends_the_persons_open_page_on_instance_b_within_30_seconds() throws Exception {
        HttpBrowser business = new HttpBrowser(cluster.url(B), http);
        business.signIn("business");
        business.load("");
        assertThat(business.navigate("")).contains("Your customer number is");
        assertThat(business.heartbeat().statusCode()).isEqualTo(200);
        HttpBrowser admin = new HttpBrowser(cluster.url(A), http);
        admin.signIn("admin");
        String publicId = text("SELECT public_id FROM portal_account WHERE email = '" + DemoData.BUSINESS_EMAIL + "'");

        Instant locked = Instant.now();
        as(admin, A, () -> {
            cluster.instance(A).getBean(AccountService.class).lock(publicId, new ChangeReason("Two instances test"));
            return null;
        });
        // the idle page's heartbeats (here every second instead of every 10) until instance B ends the session
        int status = waitFor(Duration.ofSeconds(35), () -> business.heartbeat().statusCode(), code -> code != 200);
        Duration took = Duration.between(locked, Instant.now());

        assertThat(status).isEqualTo(403);
        assertThat(took).isLessThan(Duration.ofSeconds(30));
        assertThat(business.get(URI.create(cluster.url(B))).uri().getPath())
                .as("the reload lands on the explanation")
                .isEqualTo("/signin-problem/locked");
        System.out.println("Locked on instance A, the session on instance B ended after " + took.toMillis() + " ms");
    }

    @Test
    void a_download_ticket_issued_on_instance_a_is_refused_on_instance_b_with_a_clear_page_and_works_on_a() {
        HttpBrowser onA = new HttpBrowser(cluster.url(A), http);
        onA.signIn("customer");
        HttpBrowser onB = new HttpBrowser(cluster.url(B), http);
        onB.signIn("customer");
        String ticket = as(
                onA, A, () -> cluster.instance(A).getBean(DownloadService.class).requestDownload(Language.EN));

        HttpResponse<String> refused =
                onB.send(java.net.http.HttpRequest.newBuilder(URI.create(cluster.url(B) + "download/archive/" + ticket))
                        .header("Accept", "text/html")
                        .GET());
        HttpResponse<String> served =
                onA.send(java.net.http.HttpRequest.newBuilder(URI.create(cluster.url(A) + "download/archive/" + ticket))
                        .GET());

        assertThat(refused.statusCode())
                .as("refused on B: " + refused.headers().firstValue("Location").orElse(""))
                .isEqualTo(404);
        assertThat(refused.body()).contains("This download link is not valid");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("application/zip");
    }

    /** Runs {@code action} on the instance with the security context of the browser's session there. */
    private static <T> T as(HttpBrowser browser, int instance, Supplier<T> action) {
        ServletWebServerApplicationContext context = (ServletWebServerApplicationContext) cluster.instance(instance);
        Context web = (Context)
                ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        String sessionId = browser.cookie("PORTAL_SESSION").orElseThrow();
        Session session;
        try {
            session = web.getManager().findSession(sessionId);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        SecurityContext security = (SecurityContext)
                session.getSession().getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SecurityContextHolder.setContext(security);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static <T> T waitFor(Duration limit, Supplier<T> probe, java.util.function.Predicate<T> done)
            throws InterruptedException, TimeoutException {
        Instant until = Instant.now().plus(limit);
        while (true) {
            T value = probe.get();
            if (done.test(value)) {
                return value;
            }
            if (Instant.now().isAfter(until)) {
                throw new TimeoutException("still " + value + " after " + limit);
            }
            Thread.sleep(1_000);
        }
    }

    private static List<Instant> summariesSent() {
        try (Connection connection = cluster.bean(DataSource.class).getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT occurred_at FROM audit_event WHERE action = 'REQUEST_SUMMARY_SENT' ORDER BY occurred_at");
                ResultSet rows = statement.executeQuery()) {
            List<Instant> sent = new java.util.ArrayList<>();
            while (rows.next()) {
                sent.add(rows.getTimestamp(1).toInstant());
            }
            return sent;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long number(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private static String text(String sql) throws SQLException {
        try (Connection connection = cluster.bean(DataSource.class).getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    /**
     * Holds each instance's Liquibase until both are about to migrate, so the two migrations overlap
     * for certain, and records when each began and ended.
     */
    private static final class MigrationTimer implements BeanPostProcessor {

        private final CyclicBarrier bothMigrate;
        private Instant started = Instant.EPOCH;

        MigrationTimer(CyclicBarrier bothMigrate) {
            this.bothMigrate = bothMigrate;
        }

        @Override
        public Object postProcessBeforeInitialization(Object bean, String name) throws BeansException {
            if (name.equals("liquibase")) {
                try {
                    bothMigrate.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException("The other instance never reached its migration", e);
                }
                started = Instant.now();
            }
            return bean;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
            if (name.equals("liquibase")) {
                MIGRATIONS.add(new Migration(started, Instant.now()));
            }
            return bean;
        }
    }
}
