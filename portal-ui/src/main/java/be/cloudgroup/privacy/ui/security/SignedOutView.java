package be.cloudgroup.privacy.ui.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where sign-out ends: the portal session is gone; signing in again is one click away. */
@Route(value = SignedOutView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class SignedOutView extends Main implements HasDynamicTitle {

    static final String ROUTE = "signed-out";

    public SignedOutView() {
        addClassName("portal-standalone");
        H1 title = new H1(getTranslation("signed-out.title"));
        title.setId("page-title");
        Anchor signIn = new Anchor(SecurityConfiguration.LOGIN_PATH.substring(1), getTranslation("signed-out.sign-in"));
        signIn.getElement().setAttribute("router-ignore", true);
        add(title, new Paragraph(getTranslation("signed-out.text")), new Paragraph(signIn));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signed-out.title") + " – " + getTranslation("app.name");
    }
}
