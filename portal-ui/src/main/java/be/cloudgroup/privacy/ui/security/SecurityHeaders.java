package be.cloudgroup.privacy.ui.security;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * What the portal's pages may do in the browser, sent with every response of the portal's filter
 * chain (pages, Vaadin's requests, the archive download, the unsubscribe pages). Spring Security
 * adds {@code X-Content-Type-Options: nosniff} and {@code X-Frame-Options: DENY} by default.
 *
 * <p>The Content-Security-Policy is the smallest that Vaadin Flow works with: Flow starts its
 * client engine with an inline script and runs the JavaScript the server sends
 * ({@code executeJs}, event data) by constructing functions from it, hence
 * {@code 'unsafe-inline' 'unsafe-eval'} for scripts; its components set inline styles, hence
 * {@code 'unsafe-inline'} for styles (Vaadin documents both as required). Everything else comes
 * from the portal itself, with no push (so no {@code ws:}), no plug-ins, no framing; forms and
 * the redirects they lead to may go to the portal and to the identity provider only.
 */
final class SecurityHeaders {

    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    private SecurityHeaders() {}

    static Customizer<HeadersConfigurer<HttpSecurity>> forIdentityProvider(ClientRegistration registration) {
        String policy = contentSecurityPolicy(identityProviderOrigins(registration));
        return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
    }

    static String contentSecurityPolicy(Set<String> identityProviderOrigins) {
        return String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self' " + String.join(" ", identityProviderOrigins),
                "frame-ancestors 'none'");
    }

    /** Where the sign-in and the sign-out go: the origins of the issuer and its authorization endpoint. */
    static Set<String> identityProviderOrigins(ClientRegistration registration) {
        ClientRegistration.ProviderDetails provider = registration.getProviderDetails();
        return Stream.of(provider.getIssuerUri(), provider.getAuthorizationUri())
                .filter(uri -> uri != null && !uri.isBlank())
                .map(SecurityHeaders::origin)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String origin(String uri) {
        URI parsed = URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getRawAuthority();
    }
}
