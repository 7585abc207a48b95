package be.cloudgroup.privacy.ui.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The OIDC issuer is discovered at start-up; when it cannot be reached, say so in one message
 * instead of a stack trace. Spring Boot then exits with a non-zero status.
 */
public class IdentityProviderUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<IllegalArgumentException> {

    private static final String DISCOVERY_FAILURE = "Unable to resolve Configuration with the provided Issuer";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, IllegalArgumentException cause) {
        if (cause.getMessage() == null || !cause.getMessage().startsWith(DISCOVERY_FAILURE)) {
            return null;
        }
        return new FailureAnalysis(
                "The privacy portal cannot reach its identity provider: " + cause.getMessage(),
                "Check that the OIDC provider (Keycloak) is running and that PORTAL_OIDC_ISSUER_URI is its issuer"
                        + " URL as the portal's host can reach it. Nobody can sign in without it.",
                cause);
    }
}
