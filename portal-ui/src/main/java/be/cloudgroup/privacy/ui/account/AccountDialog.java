package be.cloudgroup.privacy.ui.account;

import be.cloudgroup.privacy.account.ChangeReason;
import be.cloudgroup.privacy.shared.InvalidValueException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A change to an account: what it does, its own fields, a required reason, and one confirm
 * button calling one service method. A refusal (a guardrail, an invalid value) is said in the
 * dialog, which stays open; success closes it with a notice and runs {@code onDone}.
 */
class AccountDialog extends Dialog {

    /** The service call; throws {@link InvalidValueException} (incl. refusals) to refuse. */
    @FunctionalInterface
    interface Action {
        void apply(ChangeReason reason);
    }

    private final ReasonField reason = new ReasonField();
    private final Paragraph error = new Paragraph();

    /** @param key the action's key, e.g. {@code account.action.lock} (also its .text and .done) */
    AccountDialog(String key, Action action, Runnable onDone, Component... fields) {
        setHeaderTitle(getTranslation(key));
        setWidth("32rem");
        error.setId("dialog-error");
        error.addClassName("portal-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation(key + ".text")));
        body.add(fields);
        body.add(reason, error);
        body.setPadding(false);
        add(body);
        Button confirm = new Button(getTranslation(key), event -> confirm(action, key, onDone));
        confirm.setId("dialog-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("account.cancel"), event -> close());
        cancel.setId("dialog-cancel");
        getFooter().add(cancel, confirm);
    }

    private void confirm(Action action, String key, Runnable onDone) {
        error.setVisible(false);
        reason.reason().ifPresent(given -> {
            try {
                action.apply(given);
            } catch (InvalidValueException e) {
                error.setText(getTranslation(e.messageKey(), e.arguments()));
                error.setVisible(true);
                return;
            }
            close();
            Notification.show(getTranslation(key + ".done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onDone.run();
        });
    }
}
