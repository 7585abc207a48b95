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

    private final EmbeddedMariaDb database;
    private final EmbeddedOidcProvider identityProvider;
    private final DemoMailbox mailbox;
    private final ConfigurableApplicationContext portal;
    private final DemoData.Result seeded;

    private DemoPortal(
            EmbeddedMariaDb database,
            EmbeddedOidcProvider identityProvider,
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
        EmbeddedMariaDb database = settings.dataDirectory() == null
                ? EmbeddedMariaDb.startTemporary("privacy_portal")
                : EmbeddedMariaDb.startPersistent(
                        settings.dataDirectory().resolve("mariadb"), settings.databasePort(), "privacy_portal");
        EmbeddedOidcProvider identityProvider = null;
        DemoMailbox mailbox = null;
        try {
            identityProvider = EmbeddedOidcProvider.start(settings.oidcPort());
            mailbox = DemoMailbox.start();
            List<String> arguments = new ArrayList<>(List.of(
                    "--spring.datasource.url=" + database.jdbcUrl(),
                    "--spring.datasource.username=" + EmbeddedMariaDb.USER,
                    "--spring.datasource.password=" + EmbeddedMariaDb.PASSWORD,
                    "--spring.security.oauth2.client.provider.portal.issuer-uri=" + identityProvider.issuerUri(),
                    "--spring.security.oauth2.client.registration.portal.client-id=privacy-portal-demo",
                    "--spring.security.oauth2.client.registration.portal.client-secret=demo-secret",
                    "--portal.bootstrap-admin-email=",
                    "--server.port=" + settings.httpPort(),
                    "--management.server.port=" + (settings.httpPort() == 0 ? 0 : settings.httpPort() + 1),
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
                DemoNewcomer.add(portal.getBean(DataSource.class), portal.getBean(Clock.class));
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
            identityProvider.close();
            database.close();
        }
    }
}
