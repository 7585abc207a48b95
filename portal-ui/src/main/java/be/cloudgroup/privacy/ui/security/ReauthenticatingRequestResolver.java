package be.cloudgroup.privacy.ui.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Adds {@code prompt=login} and {@code max_age=0} (OpenID Connect Core 3.1.2.1) to a sign-in that
 * carries the {@link RecentAuthentication#MARKER} (the download's fresh sign-in, and where
 * {@link AnotherAccount} leads after the provider's logout), so the provider authenticates the
 * person anew instead of reusing its own session; other sign-ins pass unchanged.
 */
final class ReauthenticatingRequestResolver implements OAuth2AuthorizationRequestResolver {

    private final OAuth2AuthorizationRequestResolver delegate;

    ReauthenticatingRequestResolver(OAuth2AuthorizationRequestResolver delegate) {
        this.delegate = delegate;
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return demandCredentials(request, delegate.resolve(request));
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return demandCredentials(request, delegate.resolve(request, clientRegistrationId));
    }

    private static OAuth2AuthorizationRequest demandCredentials(
            HttpServletRequest request, OAuth2AuthorizationRequest authorization) {
        if (authorization == null || request.getParameter(RecentAuthentication.MARKER) == null) {
            return authorization;
        }
        Map<String, Object> parameters = new HashMap<>(authorization.getAdditionalParameters());
        parameters.put("prompt", "login");
        parameters.put("max_age", "0");
        // from() copies the URI built without them; clearing it makes build() compose it anew.
        return OAuth2AuthorizationRequest.from(authorization)
                .additionalParameters(parameters)
                .authorizationRequestUri((String) null)
                .build();
    }
}
