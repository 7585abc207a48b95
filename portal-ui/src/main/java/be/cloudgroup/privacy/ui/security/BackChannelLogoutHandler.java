package be.cloudgroup.privacy.ui.security;

import be.cloudgroup.privacy.account.SignInService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * OIDC back-channel logout: the identity provider posts a signed logout token (verified by Spring
 * Security's filter before this runs) when the person signs out there or an administrator ends or
 * disables the user. Every open portal session of the linked account ends through the session
 * records in the database, so it works on every portal instance, not only the one Keycloak reached:
 * the {@link ActiveSessionFilter} of each session ends it at its next check (within 25 s).
 */
final class BackChannelLogoutHandler implements LogoutHandler {

    private static final Logger log = LoggerFactory.getLogger(BackChannelLogoutHandler.class);

    private final SignInService signIn;

    BackChannelLogoutHandler(SignInService signIn) {
        this.signIn = signIn;
    }

    @Override
    public void logout(
            HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcLogoutToken token)) {
            return;
        }
        if (token.getSubject() == null) {
            // a token naming only the provider's session (sid): the portal links accounts by subject
            log.warn("Back-channel logout token without a subject ignored");
            return;
        }
        int ended = signIn.endSessionsOfIdentity(token.getIssuer().toString(), token.getSubject());
        log.info("Back-channel logout from the identity provider ended {} portal session(s)", ended);
        response.setStatus(HttpServletResponse.SC_OK);
    }
}
