package be.cloudgroup.privacy.ui.error;

import be.cloudgroup.privacy.ui.dashboard.MyPrivacyView;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Unknown addresses, foreign ids and routes the signed-in person may not enter all look the same:
 * "not found", so the page reveals nothing about what exists.
 */
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassName("portal-standalone");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        H1 title = new H1(getTranslation("error.not-found.title"));
        title.setId("page-title");
        add(title, new Paragraph(getTranslation("error.not-found.text")),
                new Paragraph(new RouterLink(getTranslation("error.home"), MyPrivacyView.class)));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
