package be.cloudgroup.privacy.ui.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Whether the person behind a session proved who they are recently, for actions that hand out
 * all their data at once (the download archive). The authentication time is the one the identity
 * provider put in the ID token at sign-in, {@code auth_time} (Keycloak sends it; so does the demo's
 * provider). Without it the session is never recent: a token's issue time says nothing about when
 * the person last gave their credentials (a provider session re-issues tokens silently).
 *
 * <p>A stale session is sent through the provider again with {@link #signInAgainPath()}: the
 * authorization request then carries {@code prompt=login} and {@code max_age=0}, so the provider
 * asks for the credentials even when it still has a session of its own.
 */
public final class RecentAuthentication {

    /** How old an authentication may be. */
    public static final Duration MAX_AGE = Duration.ofMinutes(10);

    /** The request parameter that makes a sign-in demand fresh credentials. */
    static final String MARKER = "reauthenticate";

    private RecentAuthentication() {}

    public static boolean isRecent(Authentication authentication, Clock clock) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            return false;
        }
        Instant authenticatedAt = user.getAuthenticatedAt();
        return authenticatedAt != null && !authenticatedAt.plus(MAX_AGE).isBefore(clock.instant());
    }

    /** Where to send a stale session: a sign-in at the provider that demands the credentials again. */
    public static String signInAgainPath() {
        return SecurityConfiguration.LOGIN_PATH + "?" + MARKER + "=true";
    }
}
