package be.cloudgroup.privacy.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.AccountStatus;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.account.SignInCommand;
import be.cloudgroup.privacy.account.SignInResult;
import be.cloudgroup.privacy.account.SignInService;
import be.cloudgroup.privacy.ui.PortalTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** Locking an account or changing its roles ends sessions that are already open. */
class ActiveSessionFilterTest extends PortalTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-11-26T09:00:00Z");

    @Autowired
    private SignInService signIn;

    private final MockHttpSession session = new MockHttpSession();
    private long account;

    @BeforeEach
    void signedInCustomer() {
        Customer customer = data.customer("Filip", "Filter");
        account = data.account(customer.email(), "Filip Filter", AccountStatus.ACTIVE, customer.id(), Role.CUSTOMER);
        SignInResult.SignedIn signedIn = (SignInResult.SignedIn) signIn.signIn(new SignInCommand(
                "https://idp.example.org", "filter-subject", customer.email(), true, "198.51.100.7", "Test"));
        OidcIdToken token = OidcIdToken.withTokenValue("token").subject("filter-subject").issuedAt(SIGNED_IN)
                .expiresAt(SIGNED_IN.plusSeconds(300)).build();
        PortalUser user = new PortalUser(new DefaultOidcUser(Set.of(), token), signedIn.principal());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    void an_active_account_passes() throws Exception {
        MockFilterChain chain = new MockFilterChain();

        request(SIGNED_IN, chain);

        assertThat(chain.getRequest()).isNotNull();
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void a_locked_account_loses_its_session_at_the_next_check_and_is_told_why() throws Exception {
        request(SIGNED_IN, new MockFilterChain());
        data.update("UPDATE portal_account SET status = 'LOCKED' WHERE id = ?", account);

        MockFilterChain withinInterval = new MockFilterChain();
        request(SIGNED_IN.plusSeconds(10), withinInterval);
        MockFilterChain afterInterval = new MockFilterChain();
        MockHttpServletResponse response = request(SIGNED_IN.plus(ActiveSessionFilter.INTERVAL).plusSeconds(1),
                afterInterval);

        assertThat(withinInterval.getRequest()).as("checked at most every 30 s").isNotNull();
        assertThat(afterInterval.getRequest()).isNull();
        assertThat(response.getRedirectedUrl()).isEqualTo("/signin-problem/locked");
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    private MockHttpServletResponse request(Instant at, MockFilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/my-data");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ActiveSessionFilter(signIn, Clock.fixed(at, ZoneOffset.UTC)).doFilter(request, response, chain);
        return response;
    }
}
