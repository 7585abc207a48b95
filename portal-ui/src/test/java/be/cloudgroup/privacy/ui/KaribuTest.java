package be.cloudgroup.privacy.ui;

import be.cloudgroup.privacy.account.AccountPrincipal;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Base of the view tests: a mocked Vaadin environment (karibu-testing) over the real Spring
 * context, with a signed-in account put where Spring Security and Vaadin look for it.
 */
public abstract class KaribuTest extends PortalTest {

    /** The routes, layouts and error views the application registers, found as Vaadin finds them. */
    protected static final Routes ROUTES = new Routes().autoDiscoverViews("be.cloudgroup.privacy.ui");

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
        // an earlier sign-in in the same test is replaced: Vaadin's context strategy reads the session's first
        VaadinSession.getCurrent()
                .getSession()
                .removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        Authentication authentication = runAs(account);
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                        SecurityContextHolder.getContext());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole(
                (user, role) -> account.roles().stream().anyMatch(r -> r.name().equals(role)));
    }
}
