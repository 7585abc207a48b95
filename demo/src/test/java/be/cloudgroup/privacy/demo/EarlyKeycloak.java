package be.cloudgroup.privacy.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts {@link KeycloakBrowserIT}'s Keycloak as soon as a test run that holds that class begins, so
 * that Keycloak's start (half a minute of CPU: a JVM warming up and Quarkus re-augmenting for the
 * test's options) overlaps the other browser tests instead of adding to the build. Keycloak runs
 * at a lower CPU priority, so it takes the time those tests leave idle; the class runs last
 * ({@code @Order}). Keycloak's client needs the portal's address before the portal exists: its port
 * is reserved here and held until the portal starts on it. Registered as a JUnit Platform listener
 * ({@code META-INF/services}); a run without the class starts nothing.
 */
public final class EarlyKeycloak implements TestExecutionListener {

    /** A started Keycloak, the port reserved for the portal its client names, and that client's secret. */
    record Started(Keycloak keycloak, ServerSocket portalPort, String clientSecret) {

        /** Frees the reserved port for the portal, which starts on it at once; returns the port. */
        int releasePortalPort() {
            int port = portalPort.getLocalPort();
            try {
                portalPort.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return port;
        }
    }

    private static Started started;
    private static Throwable failure;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        boolean holdsKeycloakTest = plan.getRoots().stream()
                .flatMap(root -> plan.getDescendants(root).stream())
                .map(TestIdentifier::getSource)
                .flatMap(Optional::stream)
                .anyMatch(source -> source instanceof ClassSource type
                        && type.getClassName().equals(KeycloakBrowserIT.class.getName()));
        if (holdsKeycloakTest) {
            synchronized (EarlyKeycloak.class) {
                try {
                    started = start();
                } catch (RuntimeException | Error e) {
                    // thrown again where the test class asks for Keycloak: skipped, or failed on CI
                    failure = e;
                }
            }
        }
    }

    /** The Keycloak started when the run began (or, when the run did not start one, started now). */
    static synchronized Started take() {
        if (failure != null) {
            Throwable thrown = failure;
            failure = null;
            if (thrown instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) thrown;
        }
        Started taken = started != null ? started : start();
        started = null;
        return taken;
    }

    private static Started start() {
        Keycloak.javaHome(); // skips (or fails on CI) before anything starts when no JDK >= 21 is there
        String clientSecret = HexFormat.of().formatHex(randomBytes(24));
        ServerSocket portalPort;
        try {
            portalPort = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Keycloak keycloak = Keycloak.start(
                Path.of("target/keycloak/dist"),
                Path.of("../deploy/keycloak/privacy-portal-realm.json"),
                "http://localhost:" + portalPort.getLocalPort(),
                clientSecret);
        return new Started(keycloak, portalPort, clientSecret);
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
