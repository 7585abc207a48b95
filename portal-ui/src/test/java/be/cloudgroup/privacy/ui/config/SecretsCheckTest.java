package be.cloudgroup.privacy.ui.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SecretsCheckTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(SecretsCheck.class)
            .withPropertyValues(
                    "portal.unsubscribe.secret=" + hex(32),
                    "spring.security.oauth2.client.registration.portal.client-secret=" + base64(32));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "change-me-unsubscribe-secret-of-32-characters-or-more, is still the placeholder",
        "Change-Me-oidc-client-secret-7Fq9xL2mZp4Rt8Wv1Yb6Nc3Kd, is still the placeholder",
        "demo-secret, is too short: 11 characters",
        "test-secret, is too short: 11 characters",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, has too little entropy",
        "abababababababababababababababababababababababababababababababab, has too little entropy",
        "0123012301230123012301230123012301230123, has too little entropy",
    })
    void weak_secrets_are_refused_with_the_reason(String secret, String reason) {
        assertThat(SecretsCheck.problem(secret, true))
                .hasValueSatisfying(problem -> assertThat(problem).startsWith(reason));
    }

    @Test
    void generated_secrets_pass() {
        for (int i = 0; i < 200; i++) {
            // what the demo generates, what README suggests (openssl rand -base64 32 | tr -d '/+='),
            // Keycloak's generated client secret (32 letters and digits), 16 random bytes in hex
            assertThat(SecretsCheck.problem(hex(32), true)).isEmpty();
            assertThat(SecretsCheck.problem(base64(32).replaceAll("[/+=]", ""), true))
                    .isEmpty();
            assertThat(SecretsCheck.problem(alphanumeric(32), true)).isEmpty();
            assertThat(SecretsCheck.problem(hex(16), true)).isEmpty();
        }
    }

    @Test
    void passwords_chosen_elsewhere_are_only_refused_as_placeholders() {
        assertThat(SecretsCheck.problem("portal", false)).isEmpty();
        assertThat(SecretsCheck.problem("change-me-portal-db-password", false)).isPresent();
    }

    @Test
    void strong_secrets_start_the_context() {
        context.withPropertyValues("spring.datasource.password=portal")
                .run(started -> assertThat(started).hasNotFailed());
    }

    @Test
    void a_placeholder_stops_the_start_with_one_line_naming_the_variable() {
        context.withPropertyValues("portal.unsubscribe.secret=change-me-unsubscribe-secret-of-32-characters-or-more")
                .run(started -> {
                    assertThat(started).hasFailed();
                    FailureAnalysis analysis = new WeakSecretFailureAnalyzer().analyze(started.getStartupFailure());
                    assertThat(analysis).isNotNull();
                    assertThat(analysis.getDescription())
                            .isEqualTo("The privacy portal does not start with a weak secret: PORTAL_UNSUBSCRIBE_SECRET"
                                    + " (portal.unsubscribe.secret) is still the placeholder from .env.example"
                                    + " (contains \"change-me\").")
                            .doesNotContain("\n");
                    assertThat(analysis.getAction()).contains("openssl rand");
                });
    }

    @Test
    void a_short_client_secret_stops_the_start() {
        context.withPropertyValues("spring.security.oauth2.client.registration.portal.client-secret=demo-secret")
                .run(started -> assertThat(started)
                        .getFailure()
                        .isInstanceOf(WeakSecretException.class)
                        .hasMessageStartingWith("PORTAL_OIDC_CLIENT_SECRET")
                        .hasMessageContaining("too short"));
    }

    @Test
    void a_placeholder_database_password_stops_the_start() {
        context.withPropertyValues("spring.datasource.password=change-me-portal-db-password")
                .run(started -> assertThat(started)
                        .getFailure()
                        .isInstanceOf(WeakSecretException.class)
                        .hasMessageStartingWith("PORTAL_DB_PASSWORD"));
    }

    private static String hex(int bytes) {
        return HexFormat.of().formatHex(random(bytes));
    }

    private static String base64(int bytes) {
        return Base64.getEncoder().encodeToString(random(bytes));
    }

    private static String alphanumeric(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < length; i++) {
            value.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return value.toString();
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return value;
    }
}
