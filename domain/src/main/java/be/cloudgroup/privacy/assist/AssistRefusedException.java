package be.cloudgroup.privacy.assist;

import be.cloudgroup.privacy.shared.InvalidValueException;

/**
 * An assist session, or something done in one, that the rules do not allow. The message key
 * ({@code assist.refused.<reason>}) gives the staff member a clear message in their language;
 * the refusal is audited. Nothing else is changed.
 */
public class AssistRefusedException extends InvalidValueException {

    public enum Reason {
        NOT_STAFF,
        NO_PORTAL_ACCOUNT,
        TARGET_IS_STAFF,
        TARGET_NOT_ACTIVE,
        STAFF_HAS_SESSION,
        CUSTOMER_HAS_SESSION,
        INVALID_LENGTH,
        REASON_REQUIRED,
        WRONG_CODE,
        NO_VALID_CODE,
        TOO_MANY_TRIES,
        ALREADY_EXTENDED,
        NO_OPEN_SESSION,
        READ_ONLY,
        FORBIDDEN_IN_SESSION
    }

    private final Reason reason;

    public AssistRefusedException(Reason reason, String englishMessage, Object... arguments) {
        super("assist.refused." + reason.name(), englishMessage, arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
