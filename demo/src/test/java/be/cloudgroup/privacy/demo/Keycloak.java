package be.cloudgroup.privacy.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Keycloak 26 from the {@code org.keycloak:keycloak-quarkus-dist} artifact (unpacked into
 * {@code target/keycloak} by the build), run in production mode ({@code start}) with the project's
 * production realm import, on a JDK ≥ 21 found on the machine, at a lower CPU priority where
 * {@code nice} exists. Users are created through the admin REST API. {@link #close()} (and a
 * shutdown hook) kill the process and its children.
 */
final class Keycloak implements AutoCloseable {

    static final String REALM = "privacy-portal";
    static final String CLIENT_ID = "privacy-portal";
    private static final String ADMIN = "it-admin";
    private static final String ADMIN_PASSWORD = "it-admin-" + Long.toHexString(System.nanoTime());
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);
    private static final Path NICE = Path.of("/usr/bin/nice");

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Keycloak(Process process, int port, int managementPort, Path log) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    /**
     * Starts Keycloak on loopback with the production realm of {@code deploy/keycloak}; the client's
     * redirect URI, web origin and back-channel logout URL are built from {@code portalUrl}. Returns
     * at once: {@link #awaitReady()} waits for it.
     */
    static Keycloak start(Path distribution, Path realmFile, String portalUrl, String clientSecret) {
        Path java = javaHome();
        Path home = onlyChild(distribution);
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            try (Stream<Path> old = Files.list(imports)) {
                old.forEach(file -> file.toFile().delete());
            }
            Files.copy(realmFile, imports.resolve(realmFile.getFileName()));
            deleteRecursively(home.resolve("data/h2"));
            int port = freePort();
            int management = freePort();
            Path log = distribution.resolveSibling("keycloak.log");
            List<String> command = new ArrayList<>();
            if (Files.isExecutable(NICE)) {
                // below the tests' own processes: it starts beside them (EarlyKeycloak)
                command.addAll(List.of(NICE.toString(), "-n", "10"));
            }
            command.addAll(List.of(
                    home.resolve("bin/kc.sh").toString(),
                    "start",
                    "--import-realm",
                    "--http-enabled=true",
                    "--http-host=127.0.0.1",
                    "--http-port=" + port,
                    "--hostname=http://127.0.0.1:" + port,
                    "--http-management-port=" + management,
                    "--health-enabled=true",
                    "--cache=local",
                    "--db=dev-mem"));
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            environment.put("JAVA_HOME", java.toString());
            environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            environment.put("PORTAL_OIDC_CLIENT_SECRET", clientSecret);
            environment.put("PORTAL_PUBLIC_URL", portalUrl);
            environment.put("PORTAL_BACKCHANNEL_LOGOUT_URL", portalUrl + "/logout/connect/back-channel/portal");
            chmodExecutable(home.resolve("bin/kc.sh"));
            Keycloak keycloak = new Keycloak(builder.start(), port, management, log);
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close, "keycloak-stop"));
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String issuerUri() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    /** Waits until {@code /health/ready} answers 200; fails with the log's tail if Keycloak exits or takes too long. */
    void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        URI health = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                Assertions.fail("Keycloak exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        Assertions.fail("Keycloak was not ready within " + START_TIMEOUT + ":\n" + logTail());
    }

    /** Creates an enabled user with a verified e-mail and a password; returns its id. */
    String createUser(String username, String email, String password) {
        String body = """
                {"username": "%s", "email": "%s", "emailVerified": true, "enabled": true,
                 "firstName": "%s", "lastName": "Test",
                 "credentials": [{"type": "password", "value": "%s", "temporary": false}]}""".formatted(username, email, username, password);
        HttpResponse<String> created = admin("POST", "/users", body);
        Assertions.assertEquals(201, created.statusCode(), () -> "creating " + username + ": " + created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Ends every Keycloak session of the user, as an administrator does (Keycloak then sends back-channel logouts). */
    void signOut(String userId) {
        HttpResponse<String> response = admin("POST", "/users/" + userId + "/logout", "");
        Assertions.assertEquals(204, response.statusCode(), response::body);
    }

    private HttpResponse<String> admin(String method, String path, String json) {
        try {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/admin/realms/" + REALM + path))
                    .header("Authorization", "Bearer " + adminToken())
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String adminToken() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=" + ADMIN + "&password="
                + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (!token.find()) {
            throw new IllegalStateException("No admin token from Keycloak: " + response.body());
        }
        return token.group(1);
    }

    /** Kills Keycloak and every process it started; waits until they are gone. */
    @Override
    public synchronized void close() {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    /**
     * A JDK ≥ 21 for Keycloak: {@code -Dkeycloak.java.home}, {@code KEYCLOAK_JAVA_HOME}, the JDK
     * running the tests, or the newest under {@code /usr/lib/jvm}. Without one the test is skipped,
     * or fails where the browser tests are required (CI).
     */
    static Path javaHome() {
        Optional<Path> found = Stream.of(
                        Optional.ofNullable(System.getProperty("keycloak.java.home")),
                        Optional.ofNullable(System.getenv("KEYCLOAK_JAVA_HOME")),
                        Optional.of(System.getProperty("java.home")))
                .flatMap(Optional::stream)
                .map(Path::of)
                .filter(home -> feature(home) >= 21)
                .findFirst()
                .or(Keycloak::newestInstalled);
        if (found.isEmpty()) {
            String message = "Keycloak 26 needs a JDK >= 21: none found (-Dkeycloak.java.home, KEYCLOAK_JAVA_HOME,"
                    + " the test JVM, /usr/lib/jvm/*). .ci/run installs one.";
            if (Boolean.getBoolean("browser.tests.required")
                    || "true".equals(System.getenv("BROWSER_TESTS_REQUIRED"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        return found.get();
    }

    private static Optional<Path> newestInstalled() {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> feature(home) >= 21).max(Comparator.comparingInt(Keycloak::feature));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The major version of the JDK at {@code home} (from its {@code release} file), 0 if none there. */
    private static int feature(Path home) {
        Path release = home.resolve("release");
        if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isRegularFile(release)) {
            return 0;
        }
        try {
            Matcher version = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static Path onlyChild(Path distribution) {
        try (Stream<Path> children = Files.list(distribution)) {
            List<Path> homes = children.filter(child -> Files.isRegularFile(child.resolve("bin/kc.sh")))
                    .toList();
            Assertions.assertEquals(
                    1, homes.size(), () -> "expected one Keycloak in " + distribution + " (unpacked by the build)");
            return homes.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "No Keycloak distribution in " + distribution + ": run the build (mvn verify) first", e);
        }
    }

    private static void chmodExecutable(Path script) {
        script.toFile().setExecutable(true);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
