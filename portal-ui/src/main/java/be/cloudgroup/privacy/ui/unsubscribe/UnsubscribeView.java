package be.cloudgroup.privacy.ui.unsubscribe;

import be.cloudgroup.privacy.unsubscribe.UnsubscribeLinkException;
import be.cloudgroup.privacy.unsubscribe.UnsubscribePreview;
import be.cloudgroup.privacy.unsubscribe.UnsubscribeService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The page an unsubscribe link opens, without signing in: it says what will change and changes
 * it only when the holder confirms (a mail scanner that merely opens links changes nothing).
 */
@Route(value = UnsubscribeRoutes.PAGE + "/:token", autoLayout = false)
@AnonymousAllowed
public class UnsubscribeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final UnsubscribeService unsubscribe;
    private final Paragraph message = new Paragraph();
    private final Button confirm = new Button();
    private String token;

    public UnsubscribeView(UnsubscribeService unsubscribe) {
        this.unsubscribe = unsubscribe;
        addClassName("portal-standalone");
        H1 title = new H1(getTranslation("unsubscribe.title"));
        title.setId("page-title");
        message.setId("unsubscribe-message");
        confirm.setId("unsubscribe-confirm");
        confirm.setText(getTranslation("unsubscribe.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> confirmed());
        add(title, message, confirm);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        try {
            UnsubscribePreview preview = unsubscribe.preview(token);
            String topic = topic(preview);
            if (preview.alreadyUnsubscribed()) {
                show(getTranslation("unsubscribe.already", topic, preview.maskedEmail()), false);
            } else {
                show(getTranslation("unsubscribe.preview", topic, preview.maskedEmail()), true);
            }
        } catch (UnsubscribeLinkException e) {
            refused(e);
        }
    }

    private void confirmed() {
        try {
            UnsubscribePreview done = unsubscribe.confirm(token);
            show(getTranslation("unsubscribe.done", topic(done), done.maskedEmail()), false);
        } catch (UnsubscribeLinkException e) {
            refused(e);
        }
    }

    private void refused(UnsubscribeLinkException e) {
        show(getTranslation("unsubscribe.refused." + e.reason().name()), false);
    }

    private String topic(UnsubscribePreview preview) {
        return getTranslation("mydata.enum.SubscriptionTopic." + preview.topic().name());
    }

    private void show(String text, boolean canConfirm) {
        message.setText(text);
        confirm.setVisible(canConfirm);
        confirm.setEnabled(canConfirm);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unsubscribe.title") + " – " + getTranslation("app.name");
    }
}
