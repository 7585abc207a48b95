package be.cloudgroup.privacy.ui.account;

import be.cloudgroup.privacy.account.ChangeReason;
import be.cloudgroup.privacy.shared.InvalidValueException;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;

/** The reason every change to an account needs; recorded in the audit event. */
class ReasonField extends TextArea {

    ReasonField() {
        setId("reason");
        setLabel(getTranslation("account.reason"));
        setHelperText(getTranslation("account.reason.help"));
        setRequiredIndicatorVisible(true);
        setMaxLength(ChangeReason.MAX_LENGTH);
        setWidthFull();
    }

    /** The reason, or empty with the field marked invalid. */
    Optional<ChangeReason> reason() {
        try {
            ChangeReason reason = ChangeReason.valueOf(getValue());
            setInvalid(false);
            return Optional.of(reason);
        } catch (InvalidValueException e) {
            setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            setInvalid(true);
            return Optional.empty();
        }
    }
}
