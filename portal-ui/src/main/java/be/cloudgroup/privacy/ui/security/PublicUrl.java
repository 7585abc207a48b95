package be.cloudgroup.privacy.ui.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The address customers reach the portal at ({@code portal.public-url}, {@code PORTAL_PUBLIC_URL})
 * decides, in one place, what proxies' headers cannot be trusted to: when it is https, the session
 * cookie is {@code Secure} and HSTS is sent for a year on every response, whether or not a proxy
 * says {@code X-Forwarded-Proto}. Page requests under another host name (e.g. {@code 127.0.0.1}
 * for {@code localhost}) are redirected to it, so the sign-in's redirect URI, built from the
 * request ({@code {baseUrl}/login/oauth2/code/portal}), is always the one the identity provider
 * allows.
 */
@Configuration
class PublicUrl {

    static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

    private final Environment environment;

    PublicUrl(Environment environment) {
        this.environment = environment;
    }

    /** Read when used: the default names the port, known only once the server has started. */
    private URI url() {
        return URI.create(environment.getRequiredProperty("portal.public-url"));
    }

    boolean https() {
        return "https".equalsIgnoreCase(url().getScheme());
    }

    /** Sets the session cookie's {@code Secure} flag for an https address (Spring Boot only sets it when configured). */
    @Bean
    ServletContextInitializer secureSessionCookie() {
        return servletContext -> {
            if (https()) {
                servletContext.getSessionCookieConfig().setSecure(true);
            }
        };
    }

    /** HSTS for an https address, none otherwise; and the redirect of other host names. */
    void configure(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.httpStrictTransportSecurity(hsts -> {
            if (https()) {
                hsts.maxAgeInSeconds(HSTS_MAX_AGE.toSeconds())
                        .includeSubDomains(false)
                        .requestMatcher(AnyRequestMatcher.INSTANCE);
            } else {
                hsts.disable();
            }
        }));
        http.addFilterBefore(new OtherHostRedirect(), DisableEncodeUrlFilter.class);
    }

    /**
     * Sends a GET or HEAD under another host name to the same path on the public address. Other
     * methods pass: they are not navigations, and the identity provider's back-channel logout
     * reaches the portal under its internal name. The proxy must pass the public host name
     * ({@code Host} or {@code X-Forwarded-Host}), which the sign-in's redirect URI needs anyway.
     */
    private final class OtherHostRedirect extends OncePerRequestFilter {

        /**
         * The public address, read at the first request (the server has started: its port is
         * known). Not read per request: each read of the environment copies the system properties'
         * names under their lock, which Vaadin takes too on every UIDL request (it clears a system
         * property), and under load requests queued on it (README, Performance).
         */
        private volatile URI publicUrl;

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            URI url = publicUrl;
            if (url == null) {
                url = url();
                publicUrl = url;
            }
            boolean navigation = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
            String host = url.getHost().toLowerCase(Locale.ROOT);
            if (navigation && !host.equals(request.getServerName().toLowerCase(Locale.ROOT))) {
                String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
                response.sendRedirect(base(url) + request.getRequestURI() + query);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    private static String base(URI url) {
        String value = url.toString();
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
