package be.cloudgroup.privacy.ui.error;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any other failure while opening a page: a calm message with a reference the helpdesk can look
 * up in the log. Never a stack trace, never personal data.
 */
@AnonymousAllowed
public class UnexpectedErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    public UnexpectedErrorView() {
        addClassName("portal-standalone");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        // the route's first segment only: further segments may be a secret (an unsubscribe link's token)
        log.error(
                "Page {} failed (reference {})",
                event.getLocation().getFirstSegment(),
                reference,
                parameter.getCaughtException());
        removeAll();
        H1 title = new H1(getTranslation("error.unexpected.title"));
        title.setId("page-title");
        add(title, new Paragraph(getTranslation("error.unexpected.text", reference)));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.unexpected.title") + " – " + getTranslation("app.name");
    }
}
