package be.cloudgroup.privacy.ui.security;

import be.cloudgroup.privacy.account.SignInResult.Reason;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Explains why a sign-in did not open the portal: no portal account for this identity, a locked
 * or disabled account, or a failure at the identity provider.
 */
@Route(value = SignInProblemView.ROUTE + "/:reason", autoLayout = false)
@AnonymousAllowed
public class SignInProblemView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "signin-problem";
    private static final String FAILED = "failed";
    private static final Set<String> REASONS = Stream.concat(
                    Stream.of(FAILED), Arrays.stream(Reason.values()).map(SignInProblemView::slug))
            .collect(Collectors.toSet());

    private final transient AnotherAccount anotherAccount;
    private String reason = FAILED;

    /** The page for a refusal, or for a failure when there is no refusal reason. */
    static String path(Optional<Reason> reason) {
        return ROUTE + "/" + reason.map(SignInProblemView::slug).orElse(FAILED);
    }

    private static String slug(Reason reason) {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public SignInProblemView(AnotherAccount anotherAccount) {
        this.anotherAccount = anotherAccount;
        addClassName("portal-standalone");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String requested = event.getRouteParameters().get("reason").orElse(FAILED);
        reason = REASONS.contains(requested) ? requested : FAILED;
        removeAll();
        H1 title = new H1(getTranslation("signin-problem." + reason + ".title"));
        title.setId("page-title");
        // ends the provider's session too: otherwise it signs the same identity in again
        Button retry = anotherAccount.button();
        retry.setId("signin-problem-another-account");
        add(title, new Paragraph(getTranslation("signin-problem." + reason + ".text")), new Paragraph(retry));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signin-problem." + reason + ".title") + " – " + getTranslation("app.name");
    }
}
