package be.cloudgroup.privacy.ui.security;

import be.cloudgroup.privacy.account.SignInCommand;
import be.cloudgroup.privacy.account.SignInResult;
import be.cloudgroup.privacy.account.SignInService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
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
 * failure handler turns into a clear page; nobody gets a session by accident.
 */
@Component
class PortalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String ERROR_PREFIX = "portal_";
    static final String FAILED = ERROR_PREFIX + "failed";

    private static final Logger log = LoggerFactory.getLogger(PortalOidcUserService.class);

    private final OidcUserService identities = new OidcUserService();
    private final SignInService signIn;

    PortalOidcUserService(SignInService signIn) {
        this.signIn = signIn;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser identity = identities.loadUser(request);
        SignInResult result;
        try {
            HttpServletRequest http = currentRequest();
            result = signIn.signIn(new SignInCommand(
                    identity.getIssuer().toString(),
                    identity.getSubject(),
                    identity.getEmail(),
                    Boolean.TRUE.equals(identity.getEmailVerified()),
                    http == null ? null : http.getRemoteAddr(),
                    http == null ? null : http.getHeader("User-Agent"),
                    takeInvitation(http)));
        } catch (RuntimeException e) {
            log.warn("Sign-in could not be completed ({})", e.getClass().getSimpleName());
            throw new OAuth2AuthenticationException(new OAuth2Error(FAILED), e);
        }
        if (result instanceof SignInResult.SignedIn signedIn) {
            return new PortalUser(identity, signedIn.principal());
        }
        SignInResult.Reason reason = ((SignInResult.Refused) result).reason();
        log.info("Sign-in refused: {}", reason);
        throw new OAuth2AuthenticationException(new OAuth2Error(ERROR_PREFIX + reason.name()));
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
