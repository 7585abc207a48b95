package be.cloudgroup.privacy.account;

import be.cloudgroup.privacy.shared.InvalidValueException;

/**
 * Why an admin changes an account: required for every change, recorded in its audit event.
 * Trimmed; at least {@value #MIN_LENGTH} and at most {@value #MAX_LENGTH} characters.
 */
public record ChangeReason(String text) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 500;

    public ChangeReason {
        text = text == null ? "" : text.strip();
        if (!isValid(text)) {
            throw new InvalidValueException(
                    "account.reason.required",
                    "A reason of " + MIN_LENGTH + " to " + MAX_LENGTH + " characters is required");
        }
    }

    public static ChangeReason valueOf(String text) {
        return new ChangeReason(text);
    }

    public static boolean isValid(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.length() >= MIN_LENGTH && stripped.length() <= MAX_LENGTH;
    }

    @Override
    public String toString() {
        return text;
    }
}
