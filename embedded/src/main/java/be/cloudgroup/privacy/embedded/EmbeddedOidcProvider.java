package be.cloudgroup.privacy.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * An OpenID Connect provider in-process (mock-oauth2-server) with an interactive sign-in page for
 * the demo users. Whoever signs in as {@code name} gets a verified e-mail {@code name@example.com},
 * which is how the portal links the identity to its pre-created account on first sign-in.
 * It must be started before the portal, which discovers the issuer at startup.
 */
public final class EmbeddedOidcProvider implements AutoCloseable {

    /** The issuer path segment; the issuer URI is {@code http://localhost:PORT/portal}. */
    public static final String ISSUER_ID = "portal";
    /** The e-mail domain of every identity this provider issues. */
    public static final String EMAIL_DOMAIN = "example.com";

    private final MockOAuth2Server server;
    private final Path loginPage;

    private EmbeddedOidcProvider(MockOAuth2Server server, Path loginPage) {
        this.server = server;
        this.loginPage = loginPage;
    }

    /** Starts the provider on loopback; port 0 picks a free port. */
    public static EmbeddedOidcProvider start(int port) {
        Path loginPage = writeLoginPage();
        String json = """
                {"interactiveLogin": true, "httpServer": "NettyWrapper", "loginPagePath": "%s"}""".formatted(loginPage.toString().replace("\\", "\\\\"));
        MockOAuth2Server server = new MockOAuth2Server(OAuth2Config.Companion.fromJson(json));
        try {
            server.start(InetAddress.getLoopbackAddress(), port == 0 ? EmbeddedMariaDb.freePort() : port);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "The embedded OIDC provider could not start on port " + port + ": " + e.getMessage(), e);
        }
        EmbeddedOidcProvider provider = new EmbeddedOidcProvider(server, loginPage);
        Runtime.getRuntime().addShutdownHook(new Thread(provider::close, "embedded-oidc-stop"));
        return provider;
    }

    /** The issuer URI to configure as the portal's {@code issuer-uri}. */
    public String issuerUri() {
        String url = server.issuerUrl(ISSUER_ID).toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public synchronized void close() {
        try {
            server.shutdown();
        } catch (RuntimeException e) {
            // already stopped
        }
        try {
            Files.deleteIfExists(loginPage);
        } catch (IOException e) {
            // a temporary file; nothing else depends on it
        }
    }

    private static Path writeLoginPage() {
        try (InputStream page = EmbeddedOidcProvider.class.getResourceAsStream("login.html")) {
            if (page == null) {
                throw new IllegalStateException("login.html missing beside EmbeddedOidcProvider");
            }
            Path file = Files.createTempFile("privacy-portal-oidc-login-", ".html");
            Files.write(file, page.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
