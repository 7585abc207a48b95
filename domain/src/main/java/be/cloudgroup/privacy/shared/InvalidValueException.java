package be.cloudgroup.privacy.shared;

import java.util.List;

/**
 * Thrown when a value does not meet the rules of a value object or a command. It carries a
 * translation key (looked up in the portal's bundles) and its arguments, so the user reads the
 * reason in their own language; the exception message is the English fallback for logs.
 * Never put personal data in the arguments: they may end up in logs.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public InvalidValueException(String messageKey, String englishMessage, Object... arguments) {
        super(englishMessage);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** The translation key, e.g. {@code validation.vat.checksum}. */
    public String messageKey() {
        return messageKey;
    }

    /** Arguments for the translated message ({0}, {1}, …). */
    public Object[] arguments() {
        return arguments.toArray();
    }
}
