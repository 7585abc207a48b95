package be.cloudgroup.privacy.ui.security;

import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.account.SignInService;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Sign-in by OIDC authorization code with PKCE; every route and every application service
 * declares who may enter (Vaadin's navigation access control, method security with
 * {@code @RolesAllowed}/{@code @PreAuthorize}).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    static final String REGISTRATION_ID = "portal";
    static final String LOGIN_PATH = "/oauth2/authorization/" + REGISTRATION_ID;
    private static final String ONE_CLICK_UNSUBSCRIBE = "/unsubscribe-one-click/*";

    /**
     * No Micrometer observation per security filter, authentication and authorization: the portal
     * exports no metrics or traces (only health is exposed), and under load they took about 5 % of
     * its CPU per request (README, Performance). What is allowed and refused stays the same.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Health probes answer without a session. They live on the management port, which is not
     * published; only the health endpoint is exposed there.
     */
    @Bean
    @Order(1)
    SecurityFilterChain healthProbes(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.to(HealthEndpoint.class))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurity(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            PortalOidcUserService users,
            SignInService signIn,
            Clock clock,
            PublicUrl publicUrl,
            @Value("${portal.session.check-interval}") Duration sessionCheckInterval)
            throws Exception {
        DefaultOAuth2AuthorizationRequestResolver resolver =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        // The portal's stylesheet is public: the sign-in problem and signed-out pages use it too.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/styles/portal.css").permitAll());
        // One-click unsubscribe (RFC 8058) is posted by mail programs: no session, no CSRF token;
        // the signed link is the credential.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers(ONE_CLICK_UNSUBSCRIBE).permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(ONE_CLICK_UNSUBSCRIBE));
        // The archive download is served by Spring MVC, outside Vaadin's navigation access control.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/download/archive/*", "/download/sign-in-again")
                        .hasAuthority(Role.CUSTOMER.authority()));
        // So is the audit trail's CSV export.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/admin/audit/export/*").hasAuthority(Role.ADMIN.authority()));
        http.addFilterAfter(
                new ActiveSessionFilter(signIn, clock, sessionCheckInterval), SecurityContextHolderFilter.class);
        // Signing out ends the session's record, so admins no longer see it as open.
        http.logout(logout -> logout.addLogoutHandler(
                (request, response, authentication) -> ActiveSessionFilter.existingKey(request.getSession(false))
                        .filter(key -> SecurityContextHolder.getContext().getAuthentication() != null)
                        .ifPresent(signIn::endSession)));
        // The identity provider's sign-out ends the portal session (OIDC back-channel logout).
        http.oidcLogout(logout ->
                logout.backChannel(backChannel -> backChannel.logoutHandler(new BackChannelLogoutHandler(signIn))));
        publicUrl.configure(http);
        http.oauth2Login(login -> login.authorizationEndpoint(endpoint ->
                        endpoint.authorizationRequestResolver(new ReauthenticatingRequestResolver(resolver)))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .failureHandler(new SignInFailureHandler()));
        http.headers(SecurityHeaders.forIdentityProvider(registrations.findByRegistrationId(REGISTRATION_ID)));
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.oauth2LoginPage(LOGIN_PATH, "{baseUrl}/" + SignedOutView.ROUTE))
                .build();
    }
}
