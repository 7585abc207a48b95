package be.cloudgroup.privacy.ui.security;

import be.cloudgroup.privacy.account.SignInService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Sign in with another account" after a sign-in the portal refused (no account, locked, …). A
 * fresh sign-in alone does not switch users: the identity provider still has a session of the
 * refused identity, and Keycloak re-authenticates its session's user even on {@code prompt=login}.
 * So the portal's session ends (the pending activation with it) and so does the provider's, by
 * RP-initiated logout with the refused identity's ID token as {@code id_token_hint}; the provider
 * then sends the browser to a fresh sign-in that demands the credentials
 * ({@link RecentAuthentication#signInAgainPath()}), which needs the portal's address among the
 * client's post-logout redirect URIs. Without an ID token (the session ended meanwhile) or without
 * an end-session endpoint only the fresh sign-in remains. It is a button handled on the server,
 * under Vaadin's CSRF protection: no other site can make a browser end its provider session.
 */
@Component
public class AnotherAccount {

    private static final String ID_TOKEN = AnotherAccount.class.getName() + ".idToken";
    private static final String END_SESSION_ENDPOINT = "end_session_endpoint";

    private final ClientRegistrationRepository registrations;
    private final SignInService signIn;

    AnotherAccount(ClientRegistrationRepository registrations, SignInService signIn) {
        this.registrations = registrations;
        this.signIn = signIn;
    }

    /** Keeps the ID token of an identity the portal refused, for the provider's logout, in a session with a new id. */
    static void remember(HttpServletRequest request, OidcIdToken token) {
        request.getSession(true).setAttribute(ID_TOKEN, token.getTokenValue());
        request.changeSessionId();
    }

    /** Forgets a refused identity's ID token (an identity signed in with an account). */
    static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ID_TOKEN);
        }
    }

    /** The "Sign in with another account" button. */
    public Button button() {
        Button button = new Button();
        button.setText(button.getTranslation("signin-problem.retry"));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.addClickListener(click -> signInAgain());
        return button;
    }

    private void signInAgain() {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        String freshSignIn =
                ServletUriComponentsBuilder.fromContextPath(request).toUriString()
                        + RecentAuthentication.signInAgainPath();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Optional<String> idToken;
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            // someone signed in who opened a sign-in problem page: a sign-out, recorded as such
            idToken = Optional.of(user.getIdToken().getTokenValue());
            ActiveSessionFilter.existingKey(request.getSession(false)).ifPresent(signIn::endSession);
        } else {
            idToken = Optional.ofNullable(request.getSession(false))
                    .map(session -> session.getAttribute(ID_TOKEN))
                    .map(String.class::cast);
        }
        String target = idToken.flatMap(token -> endSessionEndpoint()
                        .map(endpoint -> UriComponentsBuilder.fromUriString(endpoint)
                                .queryParam("id_token_hint", token)
                                .queryParam("post_logout_redirect_uri", freshSignIn)
                                .toUriString()))
                .orElse(freshSignIn);
        UI.getCurrent().getPage().setLocation(target);
        // the HTTP session (pending activation, refused identity, any sign-in) and the security context
        new SecurityContextLogoutHandler()
                .logout(request, VaadinServletResponse.getCurrent().getHttpServletResponse(), authentication);
    }

    private Optional<String> endSessionEndpoint() {
        ClientRegistration registration = registrations.findByRegistrationId(SecurityConfiguration.REGISTRATION_ID);
        return Optional.ofNullable(registration)
                .map(found ->
                        found.getProviderDetails().getConfigurationMetadata().get(END_SESSION_ENDPOINT))
                .map(Object::toString);
    }
}
