package be.cloudgroup.privacy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * A browser without a browser: one person's cookies and the HTTP requests a browser and Vaadin's
 * client make, for tests and benchmarks that need many sessions or several portal instances. It
 * signs in through the embedded OIDC provider's form (the same fields its page posts), loads a
 * page as the Vaadin client does (the page, then the {@code v-r=init} request that builds the UI
 * on the server), navigates it (UIDL requests, as following a link does) and sends heartbeats. It
 * does not run the views' JavaScript: lazy data a grid would ask for afterwards is not fetched.
 */
final class HttpBrowser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REDIRECTS = 10;
    private static final String UIDL_PREFIX = "for(;;);";

    /** A response after redirects were followed; {@code uri} is where it came from. */
    record Page(int status, URI uri, String body) {}

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final URI portal;
    private volatile String header = "";
    private volatile String headerValue = "";
    private volatile int uiId = -1;
    private volatile String csrfToken = "";
    private volatile int syncId = -1;
    private volatile int clientId;

    HttpBrowser(String portalUrl, Executor executor) {
        this.portal = URI.create(portalUrl);
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(executor)
                .build();
    }

    /** The value of the portal's cookie of that name, if it set one. */
    Optional<String> cookie(String name) {
        return cookies.getCookieStore().get(portal).stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Marks every following request with a header (e.g. for a server-side timer), until changed. */
    void tag(String name, String value) {
        this.header = name;
        this.headerValue = value;
    }

    /**
     * Signs in as {@code user} (e-mail {@code user@example.com}, verified) through the portal's
     * redirect to the identity provider, its sign-in form and the way back; returns the page the
     * portal lands on.
     */
    Page signIn(String user) {
        Page form = get(portal);
        if (!form.body().contains("id=\"sign-in\"")) {
            throw new IllegalStateException("Expected the identity provider's sign-in form, got " + form.uri());
        }
        String claims =
                "{\"email\":\"%s@example.com\",\"email_verified\":true,\"preferred_username\":\"%s\",\"name\":\"%s\",\"auth_time\":%d}"
                        // auth_time as the provider's page sets it: the moment the person signed in
                        .formatted(user, user, user, java.time.Instant.now().getEpochSecond());
        return follow(send(HttpRequest.newBuilder(form.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user, "claims", claims))))));
    }

    /**
     * Loads the portal's page for a route as a browser does: the page, then the Vaadin client's
     * {@code v-r=init} request, which creates the UI on the server; then {@link #navigate} renders
     * the route's view.
     */
    void load(String route) {
        Page page = get(portal.resolve(route));
        if (page.status() != 200) {
            throw new IllegalStateException(route + " answered " + page.status() + " from " + page.uri());
        }
        Page init = get(portal.resolve("?v-r=init&location=" + encode(route) + "&query="));
        if (init.status() != 200 || !init.uri().getPath().equals(portal.getPath())) {
            throw new IllegalStateException(
                    "The Vaadin UI of " + route + " answered " + init.status() + " from " + init.uri());
        }
        try {
            JsonNode config = JSON.readTree(init.body()).path("appConfig");
            JsonNode uidl = config.path("uidl");
            uiId = config.path("v-uiId").asInt(-1);
            csrfToken = uidl.path("Vaadin-Security-Key").asText("");
            syncId = uidl.path("syncId").asInt(-1);
            clientId = 0;
            if (uiId < 0 || csrfToken.isEmpty() || syncId < 0) {
                throw new IllegalStateException("No Vaadin UI for " + route + ": " + abbreviate(init.body()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Navigates the loaded UI to a route, as the Vaadin client does when a link is followed (a
     * {@code ui-navigate} event in a UIDL request); returns the server's answer, which holds the
     * view's components and texts.
     */
    String navigate(String route) {
        String message = "{\"csrfToken\":%s,\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                        .formatted(quote(csrfToken))
                + "\"data\":{\"route\":%s,\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                        .formatted(quote(route))
                + "\"syncId\":%d,\"clientId\":%d}".formatted(syncId, clientId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(portal.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)));
        String body = response.body();
        if (response.statusCode() != 200 || !body.startsWith(UIDL_PREFIX)) {
            throw new IllegalStateException(
                    "Navigating to " + route + " answered " + response.statusCode() + ": " + abbreviate(body));
        }
        try {
            JsonNode answer =
                    JSON.readTree(body.substring(UIDL_PREFIX.length())).path(0);
            int nextSyncId = answer.path("syncId").asInt(-1);
            if (nextSyncId < 0 || answer.path("meta").has("appError")) {
                throw new IllegalStateException("Navigating to " + route + " failed: " + abbreviate(body));
            }
            syncId = nextSyncId;
            clientId = answer.path("clientId").asInt(clientId + 1);
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Vaadin heartbeat of the last UI opened, as an idle page sends it; the HTTP status. */
    HttpResponse<String> heartbeat() {
        return send(HttpRequest.newBuilder(portal.resolve("?v-r=heartbeat&v-uiId=" + uiId))
                .header("Content-Type", "text/plain;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    Page get(URI uri) {
        return follow(send(
                HttpRequest.newBuilder(uri).header("Accept", "text/html,*/*").GET()));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        if (!header.isEmpty()) {
            request.setHeader(header, headerValue);
        }
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Page follow(HttpResponse<String> response) {
        for (int redirects = 0; isRedirect(response.statusCode()); redirects++) {
            if (redirects == MAX_REDIRECTS) {
                throw new IllegalStateException("Too many redirects, last " + response.uri());
            }
            URI next = response.uri()
                    .resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(next)
                    .header("Accept", "text/html,*/*")
                    .GET());
        }
        return new Page(response.statusCode(), response.uri(), response.body());
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
