package be.cloudgroup.privacy.ui.security;

import be.cloudgroup.privacy.account.SignInCommand;
import be.cloudgroup.privacy.account.SignInResult;
import be.cloudgroup.privacy.account.SignInService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * After the provider has authenticated someone, asks the portal whether this identity has an
 * active account. Refusals, and any failure on the way, end the login with an error code the
 * failure handler turns into a clear page; nobody gets a session by accident. An identity without
 * an account is kept as a {@link PendingActivation}, so its owner may activate a customer account.
 */
@Component
class PortalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String ERROR_PREFIX = "portal_";
    static final String FAILED = ERROR_PREFIX + "failed";

    private static final Logger log = LoggerFactory.getLogger(PortalOidcUserService.class);

    private final OidcUserService identities = new OidcUserService();
    private final SignInService signIn;
    private final Clock clock;

    PortalOidcUserService(SignInService signIn, Clock clock) {
        this.signIn = signIn;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser identity = identities.loadUser(request);
        SignInResult result;
        HttpServletRequest http;
        try {
            http = currentRequest();
            result = signIn.signIn(command(identity, http, takeInvitation(http)));
        } catch (RuntimeException e) {
            log.warn("Sign-in could not be completed ({})", e.getClass().getSimpleName());
            throw new OAuth2AuthenticationException(new OAuth2Error(FAILED), e);
        }
        if (result instanceof SignInResult.SignedIn signedIn) {
            PendingActivation.forget(http);
            if (http != null) {
                AnotherAccount.forget(http);
            }
            return new PortalUser(identity, signedIn.principal());
        }
        SignInResult.Reason reason = ((SignInResult.Refused) result).reason();
        log.info("Sign-in refused: {}", reason);
        if (http != null) {
            // "Sign in with another account" ends the provider's session of this identity
            AnotherAccount.remember(http, identity.getIdToken());
            if (reason == SignInResult.Reason.NO_ACCOUNT) {
                // a customer may activate their own account with this identity
                PendingActivation.remember(http, identity, clock.instant());
            }
        }
        throw new OAuth2AuthenticationException(new OAuth2Error(ERROR_PREFIX + reason.name()));
    }

    /** The sign-in of an identity the provider authenticated, from this request. */
    static SignInCommand command(OidcUser identity, HttpServletRequest http, String invitation) {
        return new SignInCommand(
                identity.getIssuer().toString(),
                identity.getSubject(),
                identity.getEmail(),
                Boolean.TRUE.equals(identity.getEmailVerified()),
                http == null ? null : http.getRemoteAddr(),
                http == null ? null : http.getHeader("User-Agent"),
                invitation);
    }

    /** The invitation this sign-in accepts (remembered by InvitationView), used once whatever the outcome. */
    private static String takeInvitation(HttpServletRequest http) {
        HttpSession session = http == null ? null : http.getSession(false);
        if (session == null) {
            return null;
        }
        Object token = session.getAttribute(InvitationView.TOKEN_ATTRIBUTE);
        session.removeAttribute(InvitationView.TOKEN_ATTRIBUTE);
        return token instanceof String value ? value : null;
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
