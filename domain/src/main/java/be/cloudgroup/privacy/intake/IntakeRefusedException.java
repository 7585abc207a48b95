package be.cloudgroup.privacy.intake;

import be.cloudgroup.privacy.shared.InvalidValueException;

/** Why a line of an import file is refused, as a translatable message (keys {@code intake.refused.*}). */
public class IntakeRefusedException extends InvalidValueException {

    public IntakeRefusedException(String messageKey, String englishMessage, Object... arguments) {
        super(messageKey, englishMessage, arguments);
    }
}
