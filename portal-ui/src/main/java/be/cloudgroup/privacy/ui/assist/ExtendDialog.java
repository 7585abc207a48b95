package be.cloudgroup.privacy.ui.assist;

import be.cloudgroup.privacy.assist.AssistRefusedException;
import be.cloudgroup.privacy.assist.AssistRules;
import be.cloudgroup.privacy.assist.AssistService;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinService;
import java.time.Duration;
import java.util.List;

/** Extends the open session once: how many minutes more, and why (both required). */
class ExtendDialog extends Dialog {

    ExtendDialog(AssistBanner banner) {
        setHeaderTitle(getTranslation("assist.extend.title"));
        Select<Integer> minutes = new Select<>();
        minutes.setId("assist-extend-minutes");
        minutes.setLabel(getTranslation("assist.start.length"));
        minutes.setItems(List.of(5, 10, 15, 30));
        minutes.setItemLabelGenerator(value -> getTranslation("assist.start.minutes", value));
        minutes.setValue(15);
        TextField reason = new TextField(getTranslation("assist.extend.reason"));
        reason.setId("assist-extend-reason");
        reason.setMaxLength(AssistRules.REASON_MAX_LENGTH);
        reason.setRequired(true);
        Button confirm = new Button(getTranslation("assist.banner.extend"), click -> {
            try {
                service().extend(Duration.ofMinutes(minutes.getValue()), reason.getValue());
            } catch (AssistRefusedException refused) {
                reason.setInvalid(true);
                reason.setErrorMessage(VaadinService.getCurrent()
                        .getInstantiator()
                        .getOrCreate(PortalI18NProvider.class)
                        .message(refused, getLocale()));
                return;
            }
            close();
            banner.refresh();
        });
        confirm.setId("assist-extend-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(minutes, reason);
        getFooter().add(new Button(getTranslation("assist.extend.cancel"), click -> close()), confirm);
    }

    private static AssistService service() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(AssistService.class);
    }
}
