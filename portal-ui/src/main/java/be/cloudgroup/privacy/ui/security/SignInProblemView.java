package be.cloudgroup.privacy.ui.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Set;

/**
 * Explains why a sign-in did not open the portal: no portal account for this identity, a locked
 * or disabled account, or a failure at the identity provider.
 */
@Route(SignInProblemView.ROUTE + "/:reason")
@AnonymousAllowed
public class SignInProblemView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "signin-problem";
    static final String FAILED = "failed";
    private static final Set<String> REASONS = Set.of("no-account", "locked", "disabled", FAILED);

    private String reason = FAILED;

    public SignInProblemView() {
        addClassName("portal-standalone");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String requested = event.getRouteParameters().get("reason").orElse(FAILED);
        reason = REASONS.contains(requested) ? requested : FAILED;
        removeAll();
        H1 title = new H1(getTranslation("signin-problem." + reason + ".title"));
        title.setId("page-title");
        Anchor retry = new Anchor(SecurityConfiguration.LOGIN_PATH.substring(1), getTranslation("signin-problem.retry"));
        retry.getElement().setAttribute("router-ignore", true);
        add(title, new Paragraph(getTranslation("signin-problem." + reason + ".text")), new Paragraph(retry));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signin-problem." + reason + ".title") + " – " + getTranslation("app.name");
    }
}
