package be.cloudgroup.privacy.ui;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.AuthenticatedAccount;
import be.cloudgroup.privacy.account.Role;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.security.Principal;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Base of the view tests: a mocked Vaadin environment (karibu-testing) over the real Spring
 * context, with a signed-in account put where Spring Security and Vaadin look for it.
 */
public abstract class KaribuTest extends PortalTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("be.cloudgroup.privacy.ui");

    @Autowired
    private ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as the account, then the test navigates with {@code UI.getCurrent().navigate(...)}. */
    protected void signIn(AccountPrincipal account) {
        TestPrincipal principal = new TestPrincipal(account);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                account.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList());
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((user, role) -> account.roles().stream().anyMatch(r -> r.name().equals(role)));
    }

    private record TestPrincipal(AccountPrincipal account) implements AuthenticatedAccount, Principal, Serializable {

        @Override
        public String getName() {
            return account.displayName();
        }
    }
}
