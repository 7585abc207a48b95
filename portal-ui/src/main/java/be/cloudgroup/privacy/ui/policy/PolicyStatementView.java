package be.cloudgroup.privacy.ui.policy;

import be.cloudgroup.privacy.policy.PolicyService;
import be.cloudgroup.privacy.policy.PolicyStatement;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.i18n.LanguagePreference;
import be.cloudgroup.privacy.ui.layout.Formats;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The privacy statement in force, in the reader's language (or in the Dutch original when the
 * version has no translation in it). Open to everyone signed in, also while a customer still has
 * a new version to acknowledge.
 */
@Route("privacy-statement")
@Menu(title = "policy.nav.statement", order = 10, icon = "vaadin:file-text")
@RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"})
public class PolicyStatementView extends Page {

    public PolicyStatementView(PolicyService policy) {
        super("policy.statement.title");
        Language language = LanguagePreference.current();
        PolicyStatement statement = policy.statementInForce(language);
        Paragraph version = paragraph(
                "policy.statement.version",
                statement.version(),
                new Formats(getLocale()).moment(statement.publishedAt()));
        version.setId("policy-version");
        add(version);
        if (statement.language() != language) {
            add(paragraph("policy.statement.original-only"));
        }
        MarkdownContent text = new MarkdownContent(statement.text().text());
        text.setId("policy-text");
        add(text);
    }
}
