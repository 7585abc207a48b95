package be.cloudgroup.privacy.ui.policy;

import be.cloudgroup.privacy.policy.PolicyService;
import be.cloudgroup.privacy.policy.PolicyStatement;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.i18n.LanguagePreference;
import be.cloudgroup.privacy.ui.layout.Formats;
import be.cloudgroup.privacy.ui.layout.Homes;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * What changed in a material version of the statement, and the one button with which the customer
 * acknowledges it. {@link AcknowledgementCheck} sends customers here until they have.
 */
@Route("policy-update")
@RolesAllowed("CUSTOMER")
public class PolicyUpdateView extends Page {

    public PolicyUpdateView(PolicyService policy) {
        super("policy.update.title");
        Language language = LanguagePreference.current();
        Optional<PolicyStatement> pending = policy.pendingUpdate(language);
        if (pending.isEmpty()) {
            add(
                    paragraph("policy.update.nothing-pending"),
                    new Paragraph(new RouterLink(getTranslation("policy.update.home"), Homes.root())));
            return;
        }
        PolicyStatement update = pending.get();
        Paragraph intro = paragraph(
                "policy.update.intro", update.version(), new Formats(getLocale()).moment(update.publishedAt()));
        intro.setId("policy-update-intro");
        add(intro);
        if (update.language() != language) {
            add(paragraph("policy.statement.original-only"));
        }
        MarkdownContent changes = new MarkdownContent(update.text().changeSummary());
        changes.setId("policy-changes");
        Button acknowledge = new Button(getTranslation("policy.update.acknowledge"), click -> {
            policy.acknowledge(update.version());
            Notification.show(getTranslation("policy.update.acknowledged"), 5000, Notification.Position.BOTTOM_START);
            getUI().ifPresent(ui -> ui.navigate(Homes.root()));
        });
        acknowledge.setId("acknowledge");
        acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        acknowledge.setDisableOnClick(true);
        add(
                new H2(getTranslation("policy.update.changes")),
                changes,
                new Paragraph(
                        new RouterLink(getTranslation("policy.update.read-statement"), PolicyStatementView.class)),
                paragraph("policy.update.explain"),
                acknowledge);
    }
}
