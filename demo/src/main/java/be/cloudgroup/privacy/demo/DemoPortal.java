package be.cloudgroup.privacy.demo;

import be.cloudgroup.privacy.account.AccountService;
import be.cloudgroup.privacy.embedded.EmbeddedMariaDb;
import be.cloudgroup.privacy.embedded.EmbeddedOidcProvider;
import be.cloudgroup.privacy.newsletter.NewsletterService;
import be.cloudgroup.privacy.ui.PortalApplication;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

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
    private final ConfigurableApplicationContext portal;
    private final DemoData.Result seeded;

    private DemoPortal(
            EmbeddedMariaDb database,
            @Nullable EmbeddedOidcProvider identityProvider,
            DemoMailbox mailbox,
            ConfigurableApplicationContext portal,
            DemoData.Result seeded) {
        this.database = database;
        this.identityProvider = identityProvider;
        this.mailbox = mailbox;
        this.portal = portal;
        this.seeded = seeded;
    }

    public static DemoPortal start(Settings settings, String... extraArguments) {
        return start(settings, null, extraArguments);
    }

    /** The demo signing in through {@code external} instead of the embedded provider (when not null). */
    public static DemoPortal start(Settings settings, @Nullable IdentityProvider external, String... extraArguments) {
        EmbeddedMariaDb database = settings.dataDirectory() == null
                ? EmbeddedMariaDb.startTemporary("privacy_portal")
                : EmbeddedMariaDb.startPersistent(
                        settings.dataDirectory().resolve("mariadb"), settings.databasePort(), "privacy_portal");
        EmbeddedOidcProvider identityProvider = null;
        DemoMailbox mailbox = null;
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
                    "--server.port=" + settings.httpPort(),
                    // the demo signs anyone in with password "demo": reachable from this machine only
                    "--server.address=127.0.0.1",
                    "--management.server.port=" + (settings.httpPort() == 0 ? 0 : settings.httpPort() + 1),
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
            SpringApplication application = new SpringApplication(PortalApplication.class);
            DemoMailbox started = mailbox;
            application.addInitializers(context -> context.getBeanFactory().registerSingleton("demoMailbox", started));
            ConfigurableApplicationContext portal = application.run(arguments.toArray(String[]::new));
            DemoData.Result seeded =
                    DemoData.seedIfEmpty(portal.getBean(DataSource.class), portal.getBean(Clock.class));
            if (seeded.seeded()) {
                DemoMailing.send(portal.getBean(NewsletterService.class));
                DemoInvitation.send(portal.getBean(AccountService.class), portal.getBean(DataSource.class));
            }
            return new DemoPortal(database, identityProvider, mailbox, portal, seeded);
        } catch (RuntimeException e) {
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

    private static String randomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    public int port() {
        return ((WebServerApplicationContext) portal).getWebServer().getPort();
    }

    public String url() {
        return "http://localhost:" + port() + "/";
    }

    /** The port of the actuator (health) endpoints, separate from the public port. */
    public int managementPort() {
        return Integer.parseInt(portal.getEnvironment().getProperty("local.management.port", "-1"));
    }

    public DemoData.Result seeded() {
        return seeded;
    }

    /** What the portal sent by e-mail or SMS. */
    public DemoMailbox mailbox() {
        return mailbox;
    }

    public <T> T bean(Class<T> type) {
        return portal.getBean(type);
    }

    @Override
    public void close() {
        try {
            portal.close();
        } finally {
            mailbox.close();
            if (identityProvider != null) {
                identityProvider.close();
            }
            database.close();
        }
    }
}
