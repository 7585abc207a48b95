package be.cloudgroup.privacy.ui.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

class IdentityProviderUnreachableFailureAnalyzerTest {

    @Test
    void an_unreachable_issuer_is_explained_in_one_clear_message() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        IllegalArgumentException discovery = catchThrowableOfType(
                IllegalArgumentException.class,
                () -> ClientRegistrations.fromIssuerLocation("http://127.0.0.1:" + closedPort + "/realms/portal"));

        FailureAnalysis analysis = new IdentityProviderUnreachableFailureAnalyzer()
                .analyze(new IllegalStateException("context failed", discovery));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).startsWith("The privacy portal cannot reach its identity provider");
        assertThat(analysis.getAction()).contains("PORTAL_OIDC_ISSUER_URI");
    }

    @Test
    void other_illegal_arguments_are_left_to_the_default_report() {
        assertThat(new IdentityProviderUnreachableFailureAnalyzer().analyze(new IllegalArgumentException("other")))
                .isNull();
    }
}
