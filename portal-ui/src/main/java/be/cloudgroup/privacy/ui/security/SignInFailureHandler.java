package be.cloudgroup.privacy.ui.security;

import be.cloudgroup.privacy.account.SignInResult.Reason;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a refused or failed sign-in to a page that explains it, never to an error trace; an identity
 * without an account to the activation page, where a customer makes their own.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SignInFailureHandler.class);

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        Optional<Reason> reason = Optional.empty();
        if (exception instanceof OAuth2AuthenticationException oauth) {
            String code = oauth.getError().getErrorCode();
            reason = Arrays.stream(Reason.values())
                    .filter(candidate -> code.equals(PortalOidcUserService.ERROR_PREFIX + candidate.name()))
                    .findFirst();
            if (reason.isEmpty()) {
                // The error code only: messages may carry claim values.
                log.warn("Sign-in failed: {}", code);
            }
        } else {
            log.warn("Sign-in failed: {}", exception.getClass().getSimpleName());
        }
        if (reason.filter(Reason.NO_ACCOUNT::equals).isPresent() && PendingActivation.isRemembered(request)) {
            response.sendRedirect(request.getContextPath() + "/" + PendingActivation.ROUTE);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/" + SignInProblemView.path(reason));
    }
}
