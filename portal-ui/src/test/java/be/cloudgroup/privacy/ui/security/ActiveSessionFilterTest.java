package be.cloudgroup.privacy.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.AccountStatus;
import be.cloudgroup.privacy.account.Accounts;
import be.cloudgroup.privacy.account.Invitations;
import be.cloudgroup.privacy.account.PortalSessions;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.account.SignInCommand;
import be.cloudgroup.privacy.account.SignInResult;
import be.cloudgroup.privacy.account.SignInService;
import be.cloudgroup.privacy.audit.Auditor;
import be.cloudgroup.privacy.ui.PortalTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Locking an account or changing its roles ends sessions that are already open; so does the
 * session's maximum lifetime.
 */
class ActiveSessionFilterTest extends PortalTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-11-26T09:00:00Z");
    private static final Duration LIFETIME = Duration.ofHours(12);

    /** The portal's own setting (application.yml). */
    @Value("${portal.session.check-interval}")
    private Duration checkInterval;

    @Autowired
    private SignInService signIn;

    @Autowired
    private Accounts accounts;

    @Autowired
    private Invitations invitations;

    @Autowired
    private PortalSessions sessions;

    @Autowired
    private Auditor auditor;

    @Autowired
    private PlatformTransactionManager transactions;

    private final MockHttpSession session = new MockHttpSession();
    private long account;

    @BeforeEach
    void signedInCustomer() {
        Customer customer = data.customer("Filip", "Filter");
        account = data.account(customer.email(), "Filip Filter", AccountStatus.ACTIVE, customer.id(), Role.CUSTOMER);
        SignInResult.SignedIn signedIn = (SignInResult.SignedIn) signIn.signIn(new SignInCommand(
                "https://idp.example.org", "filter-subject", customer.email(), true, "198.51.100.7", "Test"));
        OidcIdToken token = OidcIdToken.withTokenValue("token")
                .subject("filter-subject")
                .issuedAt(SIGNED_IN)
                .expiresAt(SIGNED_IN.plusSeconds(300))
                .build();
        PortalUser user = new PortalUser(new DefaultOidcUser(Set.of(), token), signedIn.principal());
        SecurityContextHolder.getContext()
                .setAuthentication(
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
        MockHttpServletResponse response = request(SIGNED_IN.plus(checkInterval).plusSeconds(1), afterInterval);

        assertThat(withinInterval.getRequest()).as("checked at most every 15 s").isNotNull();
        assertThat(afterInterval.getRequest()).isNull();
        assertThat(response.getRedirectedUrl()).isEqualTo("/signin-problem/locked");
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void an_idle_page_is_told_through_its_heartbeat_and_its_reload_shows_why() throws Exception {
        request(SIGNED_IN, new MockFilterChain());
        data.update("UPDATE portal_account SET status = 'LOCKED' WHERE id = ?", account);

        MockHttpServletRequest heartbeat = new MockHttpServletRequest("POST", "/");
        heartbeat.setParameter("v-r", "heartbeat");
        MockHttpServletResponse answer = request(heartbeat, SIGNED_IN.plus(checkInterval), new MockFilterChain());

        assertThat(answer.getStatus())
                .as("the Vaadin client reloads the page on 403")
                .isEqualTo(403);
        assertThat(answer.getCookie(ActiveSessionFilter.ENDED_COOKIE).getValue())
                .isEqualTo("signin-problem/locked");
        assertThat(session.isInvalid()).isTrue();

        MockHttpServletRequest reload = new MockHttpServletRequest("GET", "/my-data");
        reload.addHeader("Accept", "text/html,application/xhtml+xml");
        reload.setCookies(answer.getCookie(ActiveSessionFilter.ENDED_COOKIE));
        MockHttpServletResponse page = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new ActiveSessionFilter(signIn, Clock.systemUTC(), checkInterval).doFilter(reload, page, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(page.getRedirectedUrl()).isEqualTo("/signin-problem/locked");
        assertThat(page.getCookie(ActiveSessionFilter.ENDED_COOKIE).getMaxAge())
                .as("told once")
                .isZero();
    }

    @Test
    void a_vaadin_request_gets_the_refresh_token_its_client_follows() throws Exception {
        request(SIGNED_IN, new MockFilterChain());
        data.update("UPDATE portal_account SET status = 'DISABLED' WHERE id = ?", account);

        MockHttpServletRequest uidl = new MockHttpServletRequest("POST", "/");
        uidl.setParameter("v-r", "uidl");
        MockHttpServletResponse answer = request(uidl, SIGNED_IN.plus(checkInterval), new MockFilterChain());

        assertThat(answer.getContentAsString()).isEqualTo("Vaadin-Refresh: /signin-problem/disabled");
    }

    @Test
    void the_session_is_recorded_and_ended_by_sign_out_everywhere() throws Exception {
        request(SIGNED_IN, new MockFilterChain());
        assertThat(data.count(
                        "SELECT COUNT(*) FROM portal_session WHERE account_id = ? AND ended_at IS NULL"
                                + " AND ip_truncated = '198.51.100.0'",
                        account))
                .isEqualTo(1);
        data.update(
                "UPDATE portal_session SET ended_at = NOW(6), end_reason = 'SESSION_ENDED' WHERE account_id = ?",
                account);

        MockHttpServletResponse response = request(SIGNED_IN.plus(checkInterval), new MockFilterChain());

        assertThat(response.getRedirectedUrl()).isEqualTo("/signin-problem/session-ended");
    }

    @Test
    void a_session_ends_at_its_maximum_lifetime_however_active_and_is_told_why() throws Exception {
        request(SIGNED_IN, serviceAt(SIGNED_IN), new MockFilterChain());

        MockFilterChain justBefore = new MockFilterChain();
        Instant beforeTheEnd = SIGNED_IN.plus(LIFETIME).minus(checkInterval);
        request(beforeTheEnd, serviceAt(beforeTheEnd), justBefore);
        MockFilterChain atTheEnd = new MockFilterChain();
        Instant end = SIGNED_IN.plus(LIFETIME);
        MockHttpServletResponse response = request(end, serviceAt(end), atTheEnd);

        assertThat(justBefore.getRequest()).as("active until the end").isNotNull();
        assertThat(atTheEnd.getRequest()).isNull();
        assertThat(response.getRedirectedUrl()).isEqualTo("/signin-problem/session-expired");
        assertThat(session.isInvalid()).isTrue();
        assertThat(data.count(
                        "SELECT COUNT(*) FROM portal_session WHERE account_id = ? AND end_reason = 'SESSION_EXPIRED'",
                        account))
                .isEqualTo(1);
    }

    /** The sign-in service as the portal makes it, with a clock at the given time (in a transaction, as the proxy would). */
    private SignInService serviceAt(Instant at) {
        SignInService service =
                new SignInService(accounts, invitations, sessions, auditor, Clock.fixed(at, ZoneOffset.UTC), LIFETIME);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        return new SignInService(accounts, invitations, sessions, auditor, Clock.fixed(at, ZoneOffset.UTC), LIFETIME) {
            @Override
            public java.util.Optional<SignInResult.Reason> checkSession(String key, String ip, String userAgent) {
                return transaction.execute(status -> service.checkSession(key, ip, userAgent));
            }
        };
    }

    private MockHttpServletResponse request(Instant at, MockFilterChain chain) throws Exception {
        return request(new MockHttpServletRequest("GET", "/my-data"), at, chain);
    }

    private MockHttpServletResponse request(Instant at, SignInService service, MockFilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/my-data");
        request.setRemoteAddr("198.51.100.7");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ActiveSessionFilter(service, Clock.fixed(at, ZoneOffset.UTC), checkInterval)
                .doFilter(request, response, chain);
        return response;
    }

    private MockHttpServletResponse request(MockHttpServletRequest request, Instant at, MockFilterChain chain)
            throws Exception {
        request.setRemoteAddr("198.51.100.7");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ActiveSessionFilter(signIn, Clock.fixed(at, ZoneOffset.UTC), checkInterval)
                .doFilter(request, response, chain);
        return response;
    }
}
