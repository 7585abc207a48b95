package be.cloudgroup.privacy.ui.error;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Failures inside a click or other UI event: logged with a reference, shown to the person as a
 * short translated notice with that reference (no stack trace, no personal data).
 */
@Component
class ErrorNotifier implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotifier.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
                    String reference = UUID.randomUUID().toString().substring(0, 8);
                    log.error("UI action failed (reference {})", reference, error.getThrowable());
                    UI ui = UI.getCurrent();
                    if (ui != null) {
                        Notification notice = Notification.show(
                                ui.getTranslation("error.action-failed", reference),
                                8000,
                                Notification.Position.MIDDLE);
                        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                }));
    }
}
