package be.cloudgroup.privacy.ui.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends a refused or failed sign-in to a page that explains it, never to an error trace. */
class SignInFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SignInFailureHandler.class);

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = SignInProblemView.FAILED;
        if (exception instanceof OAuth2AuthenticationException oauth
                && oauth.getError().getErrorCode().startsWith(PortalOidcUserService.ERROR_PREFIX)) {
            reason = oauth.getError().getErrorCode().substring(PortalOidcUserService.ERROR_PREFIX.length())
                    .replace('_', '-').toLowerCase(Locale.ROOT);
        } else {
            log.warn("Sign-in failed: {}", exception.getMessage());
        }
        response.sendRedirect(request.getContextPath() + "/" + SignInProblemView.ROUTE + "/" + reason);
    }
}
