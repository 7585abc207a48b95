package be.cloudgroup.privacy.ui.error;

import be.cloudgroup.privacy.account.RateLimitedException;
import be.cloudgroup.privacy.account.RateLimiter;
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
 * short translated notice with that reference (no stack trace, no personal data). An action refused
 * by the per-account {@link RateLimiter} is no failure: it is shown as such, and logged without a
 * stack trace.
 */
@Component
class ErrorNotifier implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotifier.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
                    if (rateLimited(error.getThrowable())) {
                        log.warn("An action was refused by the rate limit");
                        notify("error.rate-limited");
                        return;
                    }
                    String reference = UUID.randomUUID().toString().substring(0, 8);
                    log.error("UI action failed (reference {})", reference, error.getThrowable());
                    notify("error.action-failed", reference);
                }));
    }

    private static boolean rateLimited(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof RateLimitedException) {
                return true;
            }
        }
        return false;
    }

    private static void notify(String key, Object... arguments) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notice =
                    Notification.show(ui.getTranslation(key, arguments), 8000, Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
