package be.cloudgroup.privacy.preferences;

import be.cloudgroup.privacy.shared.InvalidValueException;

/**
 * A decision the law or the register does not allow for its subject, e.g. objecting to a purpose
 * that rests on consent, or staff lifting a direct-marketing objection. Nothing is recorded.
 */
public class DecisionRefusedException extends InvalidValueException {

    public DecisionRefusedException(String messageKey, String englishMessage, Object... arguments) {
        super(messageKey, englishMessage, arguments);
    }
}
