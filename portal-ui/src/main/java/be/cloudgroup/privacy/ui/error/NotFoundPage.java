package be.cloudgroup.privacy.ui.error;

import be.cloudgroup.privacy.ui.layout.Homes;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Not found", the one answer for unknown addresses, foreign ids and routes the signed-in person
 * may not enter, so the page reveals nothing about what exists.
 */
abstract class NotFoundPage extends Main implements HasDynamicTitle {

    NotFoundPage() {
        addClassName("portal-standalone");
    }

    int show() {
        removeAll();
        H1 title = new H1(getTranslation("error.not-found.title"));
        title.setId("page-title");
        add(
                title,
                new Paragraph(getTranslation("error.not-found.text")),
                new Paragraph(new RouterLink(getTranslation("error.home"), Homes.root())));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.not-found.title") + " – " + getTranslation("app.name");
    }
}
