package be.cloudgroup.privacy.demo;

import be.cloudgroup.privacy.account.AccountService;
import be.cloudgroup.privacy.embedded.EmbeddedMariaDb;
import be.cloudgroup.privacy.embedded.EmbeddedOidcProvider;
import be.cloudgroup.privacy.newsletter.NewsletterService;
import be.cloudgroup.privacy.ui.PortalApplication;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The whole portal on embedded infrastructure: a real MariaDB server, an in-process OIDC provider
 * with the demo users, and demo data seeded on first start. Used by the demo launcher and by the
 * browser tests; {@link #close()} stops the portal, the provider and the database.
 */
public final class DemoPortal implements AutoCloseable {

    /** Where and on which ports to run; {@code dataDirectory == null} means a throw-away database. */
    public record Settings(Path dataDirectory, int databasePort, int oidcPort, int httpPort) {

        public static Settings forTests() {
            return new Settings(null, 0, 0, 0);
        }
    }

    /** An identity provider of its own (e.g. Keycloak) instead of the embedded one. */
    public record IdentityProvider(String issuerUri, String clientId, String clientSecret) {}

    private final EmbeddedMariaDb database;
    private final @Nullable EmbeddedOidcProvider identityProvider;
    private final DemoMailbox mailbox;
    private final List<ConfigurableApplicationContext> instances;
    private final DemoData.Result seeded;
    /** The JVM's security context strategy before several instances replaced it; restored by {@link #close()}. */
    private final SecurityContextHolderStrategy strategyBefore;

    private DemoPortal(
            EmbeddedMariaDb database,
            @Nullable EmbeddedOidcProvider identityProvider,
            DemoMailbox mailbox,
            List<ConfigurableApplicationContext> instances,
            DemoData.Result seeded,
            SecurityContextHolderStrategy strategyBefore) {
        this.database = database;
        this.identityProvider = identityProvider;
        this.mailbox = mailbox;
        this.instances = instances;
        this.seeded = seeded;
        this.strategyBefore = strategyBefore;
    }

    public static DemoPortal start(Settings settings, String... extraArguments) {
        return start(settings, null, 1, context -> {}, extraArguments);
    }

    /** The demo signing in through {@code external} instead of the embedded provider (when not null). */
    public static DemoPortal start(Settings settings, @Nullable IdentityProvider external, String... extraArguments) {
        return start(settings, external, 1, context -> {}, extraArguments);
    }

    /**
     * {@code count} portal instances on the one database, OIDC provider and mailbox, started at the
     * same time, as a cluster is after a deployment (they share the unsubscribe secret; each has its
     * own {@code portal.instance-name}). The first instance has the settings' ports, the others free
     * ones. {@code initializer} runs on every instance's context before it is refreshed. The instances
     * sign in through {@code external} instead of the embedded provider when it is not null.
     */
    public static DemoPortal start(
            Settings settings,
            @Nullable IdentityProvider external,
            int count,
            ApplicationContextInitializer<ConfigurableApplicationContext> initializer,
            String... extraArguments) {
        EmbeddedMariaDb database = settings.dataDirectory() == null
                ? EmbeddedMariaDb.startTemporary("privacy_portal")
                : EmbeddedMariaDb.startPersistent(
                        settings.dataDirectory().resolve("mariadb"), settings.databasePort(), "privacy_portal");
        EmbeddedOidcProvider identityProvider = null;
        DemoMailbox mailbox = null;
        List<ConfigurableApplicationContext> instances = List.of();
        SecurityContextHolderStrategy strategyBefore = SecurityContextHolder.getContextHolderStrategy();
        try {
            if (external == null) {
                identityProvider = EmbeddedOidcProvider.start(settings.oidcPort());
            }
            IdentityProvider oidc = external != null
                    ? external
                    : new IdentityProvider(identityProvider.issuerUri(), "privacy-portal-demo", randomSecret());
            mailbox = DemoMailbox.start();
            List<String> arguments = new ArrayList<>(List.of(
                    "--spring.datasource.url=" + database.jdbcUrl(),
                    "--spring.datasource.username=" + EmbeddedMariaDb.USER,
                    "--spring.datasource.password=" + EmbeddedMariaDb.PASSWORD,
                    "--spring.security.oauth2.client.provider.portal.issuer-uri=" + oidc.issuerUri(),
                    "--spring.security.oauth2.client.registration.portal.client-id=" + oidc.clientId(),
                    "--spring.security.oauth2.client.registration.portal.client-secret=" + oidc.clientSecret(),
                    "--portal.bootstrap-admin-email=",
                    // the demo signs anyone in with password "demo": reachable from this machine only
                    "--server.address=127.0.0.1",
                    "--management.server.address=127.0.0.1",
                    // Mail and SMS go to the demo's own SMTP server, shown at /demo/mailbox.
                    "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + mailbox.port(),
                    "--portal.sms.gateway=demo-mailbox",
                    "--portal.demo.mailbox=true",
                    // Demo only: a fresh secret per start (links from an earlier run say "not valid").
                    "--portal.unsubscribe.secret=" + randomSecret(),
                    "--vaadin.allowed-packages=com.vaadin,be.cloudgroup.privacy.ui,be.cloudgroup.privacy.demo"));
            arguments.addAll(List.of(extraArguments));
            instances = startInstances(settings, count, arguments, mailbox, initializer);
            ConfigurableApplicationContext portal = instances.get(0);
            DemoData.Result seeded =
                    DemoData.seedIfEmpty(portal.getBean(DataSource.class), portal.getBean(Clock.class));
            if (seeded.seeded()) {
                DemoMailing.send(portal.getBean(NewsletterService.class));
                DemoInvitation.send(portal.getBean(AccountService.class), portal.getBean(DataSource.class));
                DemoNewcomer.add(portal.getBean(DataSource.class), portal.getBean(Clock.class));
            }
            return new DemoPortal(database, identityProvider, mailbox, instances, seeded, strategyBefore);
        } catch (RuntimeException e) {
            instances.forEach(ConfigurableApplicationContext::close);
            SecurityContextHolder.setContextHolderStrategy(strategyBefore);
            if (mailbox != null) {
                mailbox.close();
            }
            if (identityProvider != null) {
                identityProvider.close();
            }
            database.close();
            throw e;
        }
    }

    /** Runs the instances in parallel; if one fails, those that started are closed again. */
    private static List<ConfigurableApplicationContext> startInstances(
            Settings settings,
            int count,
            List<String> arguments,
            DemoMailbox mailbox,
            ApplicationContextInitializer<ConfigurableApplicationContext> initializer) {
        // Threads that inherit no thread-locals: Liquibase keeps its scope in an inheritable one, which
        // instances started in parallel must not share.
        ExecutorService starter =
                Executors.newFixedThreadPool(count, task -> new Thread(null, task, "portal-instance-start", 0, false));
        try {
            // Spring Security's holder is static, one per JVM, while every instance makes a Vaadin-aware strategy
            // of its own (and the JVM's): instances in one JVM share one, or a context set through the holder
            // (SystemTask) is not the one the other instance's method security reads.
            ApplicationContextInitializer<ConfigurableApplicationContext> sharedSecurityContext =
                    count == 1 ? context -> {} : sharedSecurityContext();
            List<Future<ConfigurableApplicationContext>> starting = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                List<String> own = new ArrayList<>(arguments);
                int httpPort = i == 0 ? settings.httpPort() : 0;
                own.add("--server.port=" + httpPort);
                own.add("--management.server.port=" + (httpPort == 0 ? 0 : httpPort + 1));
                if (count > 1) {
                    own.add("--portal.instance-name=demo-" + (char) ('a' + i));
                }
                boolean configuresLogging = i == 0;
                starting.add(starter.submit(() -> {
                    SpringApplication application = new SpringApplication(PortalApplication.class);
                    if (!configuresLogging) {
                        // Logback's context is one per JVM: instances that configure it at the same moment reset it
                        // under
                        // each other ("Unable to find Spring Environment in logger context"). The first configures it;
                        // the others log through it.
                        application.setListeners(application.getListeners().stream()
                                .filter(listener -> !(listener instanceof LoggingApplicationListener))
                                .toList());
                    }
                    application.addInitializers(
                            context -> context.getBeanFactory().registerSingleton("demoMailbox", mailbox),
                            sharedSecurityContext,
                            initializer);
                    return application.run(own.toArray(String[]::new));
                }));
            }
            List<ConfigurableApplicationContext> started = new ArrayList<>();
            RuntimeException failure = null;
            for (Future<ConfigurableApplicationContext> instance : starting) {
                try {
                    started.add(instance.get());
                } catch (ExecutionException e) {
                    failure = e.getCause() instanceof RuntimeException cause
                            ? cause
                            : new IllegalStateException("A portal instance did not start", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = new IllegalStateException("Interrupted while the portal started", e);
                }
            }
            if (failure != null) {
                started.forEach(ConfigurableApplicationContext::close);
                throw failure;
            }
            return List.copyOf(started);
        } finally {
            starter.shutdown();
        }
    }

    private static ApplicationContextInitializer<ConfigurableApplicationContext> sharedSecurityContext() {
        VaadinAwareSecurityContextHolderStrategy shared = new VaadinAwareSecurityContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(shared);
        return context -> context.getBeanFactory().registerSingleton("sharedSecurityContextHolderStrategy", shared);
    }

    private static String randomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    public int port() {
        return port(0);
    }

    public String url() {
        return url(0);
    }

    /** The public port of the given instance (0 is the first). */
    public int port(int instance) {
        return ((WebServerApplicationContext) instances.get(instance))
                .getWebServer()
                .getPort();
    }

    public String url(int instance) {
        return "http://localhost:" + port(instance) + "/";
    }

    /** The Spring context of the given instance (0 is the first). */
    public ConfigurableApplicationContext instance(int instance) {
        return instances.get(instance);
    }

    /** The port of the actuator (health) endpoints, separate from the public port. */
    public int managementPort() {
        return Integer.parseInt(instances.get(0).getEnvironment().getProperty("local.management.port", "-1"));
    }

    /** The portal's database server (tests restore the demo data on it). */
    EmbeddedMariaDb database() {
        return database;
    }

    public DemoData.Result seeded() {
        return seeded;
    }

    /** What the portal sent by e-mail or SMS. */
    public DemoMailbox mailbox() {
        return mailbox;
    }

    public <T> T bean(Class<T> type) {
        return instances.get(0).getBean(type);
    }

    @Override
    public void close() {
        try {
            instances.forEach(ConfigurableApplicationContext::close);
        } finally {
            if (instances.size() > 1) {
                SecurityContextHolder.setContextHolderStrategy(strategyBefore);
            }
            mailbox.close();
            if (identityProvider != null) {
                identityProvider.close();
            }
            database.close();
        }
    }
}
