package be.cloudgroup.privacy.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.ui.PortalApplication;
import be.cloudgroup.privacy.ui.PortalTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal behind a TLS-terminating proxy, on a real Tomcat: one setting (the https public URL)
 * makes the session cookie {@code Secure} and sends HSTS for a year, whether or not the proxy says
 * {@code X-Forwarded-Proto}; the proxy's headers make the sign-in's redirect URI https (native
 * forward headers); session ids never appear in URLs; other host names go to the public URL.
 * Raw HTTP, because clients will not send a {@code Host} of one's choosing.
 */
@SpringBootTest(
        classes = PortalApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "portal.public-url=https://portal.example.test",
            "portal.bootstrap-admin-email=bootstrap-admin@example.org",
            "management.server.port=0"
        })
class HttpsPublicUrlTest extends PortalTest {

    private static final String PUBLIC_HOST = "portal.example.test";

    @LocalServerPort
    private int port;

    @Test
    void behind_the_proxy_the_sign_in_returns_to_https_and_the_session_cookie_is_secure_with_hsts() throws IOException {
        Response response = get("/oauth2/authorization/portal", PUBLIC_HOST, "X-Forwarded-Proto: https");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("location"))
                .contains("redirect_uri=https://portal.example.test/login/oauth2/code/portal")
                .doesNotContainIgnoringCase(";portal_session=")
                .doesNotContainIgnoringCase("jsessionid");
        assertThat(response.header("set-cookie")).startsWith("PORTAL_SESSION=").contains("; Secure", "; HttpOnly");
        assertThat(response.header("strict-transport-security")).isEqualTo("max-age=31536000");
    }

    @Test
    void a_proxy_that_forgets_x_forwarded_proto_still_gets_a_secure_cookie_and_hsts() throws IOException {
        Response response = get("/oauth2/authorization/portal", PUBLIC_HOST);

        assertThat(response.header("set-cookie")).startsWith("PORTAL_SESSION=").contains("; Secure");
        assertThat(response.header("strict-transport-security")).isEqualTo("max-age=31536000");
    }

    @Test
    void a_page_under_another_host_name_is_sent_to_the_public_url() throws IOException {
        Response response = get("/preferences?tab=2", "127.0.0.1");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("location")).isEqualTo("https://portal.example.test/preferences?tab=2");
    }

    @Test
    void the_favicon_is_served_without_a_session() throws IOException {
        Response response = get("/favicon.ico", PUBLIC_HOST, "X-Forwarded-Proto: https");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("content-type")).startsWith("image/");
    }

    private Response get(String path, String host, String... headers) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("Accept: text/html\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            String head = text.substring(0, Math.max(0, text.indexOf("\r\n\r\n")));
            return new Response(List.of(head.split("\r\n")));
        }
    }

    private record Response(List<String> lines) {

        int status() {
            return Integer.parseInt(lines.get(0).split(" ")[1]);
        }

        String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return lines.stream()
                    .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).strip())
                    .findFirst()
                    .orElse("");
        }
    }
}
