package be.cloudgroup.privacy.ui.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;

/** One card of the dashboard: a heading that links to the area and a live one-line summary. */
class DashboardCard extends Section {

    DashboardCard(String titleKey, Class<? extends Component> target, String summary) {
        addClassName("portal-card");
        RouterLink link = new RouterLink(getTranslation(titleKey), target);
        H2 heading = new H2(link);
        Paragraph text = new Paragraph(summary);
        add(heading, text);
    }
}
