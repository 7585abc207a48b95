package be.cloudgroup.privacy.ui.dashboard;

import be.cloudgroup.privacy.ui.policy.PolicyStatementView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;

/**
 * How to reach the data protection officer and the right to complain to the Belgian data
 * protection authority (GBA/APD), and the privacy statement in force, shown on every customer's dashboard.
 */
class RightsPanel extends Section {

    RightsPanel(String dpoEmail) {
        addClassName("portal-card");
        addClassName("portal-rights");
        Anchor dpo = new Anchor("mailto:" + dpoEmail, dpoEmail);
        Anchor authority = new Anchor(
                getTranslation("dashboard.authority.url"),
                getTranslation("dashboard.authority.name"),
                AnchorTarget.BLANK);
        authority.getElement().setAttribute("rel", "noopener noreferrer");
        add(
                new H2(getTranslation("dashboard.rights.title")),
                new Paragraph(getTranslation("dashboard.rights.dpo")),
                new Paragraph(dpo),
                new Paragraph(getTranslation("dashboard.rights.complaint")),
                new Paragraph(authority),
                new Paragraph(getTranslation("dashboard.authority.address")),
                new Paragraph(new RouterLink(getTranslation("policy.statement.link"), PolicyStatementView.class)));
    }
}
