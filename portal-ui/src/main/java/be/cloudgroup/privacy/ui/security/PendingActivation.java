package be.cloudgroup.privacy.ui.security;

import be.cloudgroup.privacy.account.SignInResult;
import be.cloudgroup.privacy.account.SignInService;
import be.cloudgroup.privacy.activation.ActivationIdentity;
import be.cloudgroup.privacy.activation.ActivationService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * An identity the provider authenticated but the portal has no account for, kept in the HTTP
 * session (never in the browser) for {@link #VALIDITY} so it can activate an account on the
 * {@link #ROUTE activation page}. It gives no portal session and opens no other route: Spring
 * Security still sees an anonymous visitor. Once the account exists, {@link #signIn()} turns the
 * same identity into a portal session through {@link SignInService}, as the OIDC login would.
 */
@Component
public class PendingActivation {

    /** The activation page's route. */
    public static final String ROUTE = "activation";
    /** Where a fresh sign-in starts, relative to the portal's root. */
    public static final String SIGN_IN_PATH = SecurityConfiguration.LOGIN_PATH.substring(1);
    /** How long after the provider's sign-in the identity may activate. */
    public static final Duration VALIDITY = Duration.ofMinutes(30);

    private static final String ATTRIBUTE = PendingActivation.class.getName();

    /** The identity as the provider returned it, and when. */
    private record Remembered(OidcUser identity, Instant at) implements Serializable {}

    private final SignInService signIn;
    private final Clock clock;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PendingActivation(SignInService signIn, Clock clock) {
        this.signIn = signIn;
        this.clock = clock;
    }

    /** Keeps the refused identity for activation, in a session with a new id (no fixation). */
    static void remember(HttpServletRequest request, OidcUser identity, Instant at) {
        request.getSession(true).setAttribute(ATTRIBUTE, new Remembered(identity, at));
        request.changeSessionId();
    }

    /** Forgets an identity kept earlier in this session (it signed in with an account). */
    static void forget(HttpServletRequest request) {
        if (request != null && request.getSession(false) != null) {
            request.getSession(false).removeAttribute(ATTRIBUTE);
        }
    }

    /** Whether the failed sign-in of this request left an identity to activate. */
    static boolean isRemembered(HttpServletRequest request) {
        return request.getSession(false) != null && request.getSession(false).getAttribute(ATTRIBUTE) != null;
    }

    /** The identity that may activate in this session, if there is one and it is recent. */
    public Optional<ActivationIdentity> identity() {
        return remembered()
                .map(found -> new ActivationIdentity(
                        found.identity().getIssuer().toString(),
                        found.identity().getSubject(),
                        found.identity().getEmail(),
                        Boolean.TRUE.equals(found.identity().getEmailVerified())));
    }

    /**
     * After {@link ActivationService#confirm} made the account: signs the remembered identity in
     * (audited like every sign-in) and forgets it.
     *
     * @return whether a portal session is open now
     */
    public boolean signIn() {
        Optional<Remembered> remembered = remembered();
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (remembered.isEmpty() || request == null || response == null) {
            return false;
        }
        HttpServletRequest http = request.getHttpServletRequest();
        OidcUser identity = remembered.get().identity();
        http.getSession().removeAttribute(ATTRIBUTE);
        SignInResult result = signIn.signIn(PortalOidcUserService.command(identity, http, null));
        if (!(result instanceof SignInResult.SignedIn signedIn)) {
            return false;
        }
        AnotherAccount.forget(http);
        PortalUser user = new PortalUser(identity, signedIn.principal());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                new OAuth2AuthenticationToken(user, user.getAuthorities(), SecurityConfiguration.REGISTRATION_ID));
        SecurityContextHolder.setContext(context);
        // a new session id for the signed-in session, as Spring Security gives one after a login
        http.changeSessionId();
        contexts.saveContext(context, http, response.getHttpServletResponse());
        return true;
    }

    private Optional<Remembered> remembered() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        WrappedSession session = vaadin == null ? null : vaadin.getSession();
        return Optional.ofNullable(session == null ? null : session.getAttribute(ATTRIBUTE))
                .filter(Remembered.class::isInstance)
                .map(Remembered.class::cast)
                .filter(found -> found.at().plus(VALIDITY).isAfter(clock.instant()));
    }
}
