package be.cloudgroup.privacy.ui.security;

import be.cloudgroup.privacy.account.SignInService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where the link in an invitation e-mail leads. A usable invitation is remembered in the HTTP
 * session (never sent to the identity provider); the sign-in that follows accepts it and links
 * the identity to the invited account. Opening the page changes nothing, so mail scanners that
 * prefetch links do no harm.
 */
@Route(value = InvitationView.ROUTE + "/:token", autoLayout = false)
@AnonymousAllowed
public class InvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "invitation";
    /** The HTTP session attribute holding the invitation token until the sign-in uses it. */
    static final String TOKEN_ATTRIBUTE = InvitationView.class.getName() + ".token";

    private final transient SignInService signIn;
    private String titleKey = "account.invitation.invalid.title";

    public InvitationView(SignInService signIn) {
        this.signIn = signIn;
        addClassName("portal-standalone");
    }

    /** The link an invitation e-mail carries. */
    public static String url(String publicUrl, String token) {
        return (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + ROUTE + "/" + token;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        boolean usable = signIn.invitationUsable(token);
        removeAll();
        titleKey = usable ? "account.invitation.title" : "account.invitation.invalid.title";
        H1 title = new H1(getTranslation(titleKey));
        title.setId("page-title");
        add(title);
        if (usable) {
            VaadinSession.getCurrent().getSession().setAttribute(TOKEN_ATTRIBUTE, token);
            Anchor accept = new Anchor(
                    SecurityConfiguration.LOGIN_PATH.substring(1), getTranslation("account.invitation.accept"));
            accept.setId("invitation-accept");
            accept.getElement().setAttribute("router-ignore", true);
            add(new Paragraph(getTranslation("account.invitation.text")), new Paragraph(accept));
        } else {
            add(new Paragraph(getTranslation("account.invitation.invalid.text")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + getTranslation("app.name");
    }
}
