package be.cloudgroup.privacy.customer;

import be.cloudgroup.privacy.shared.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, checked pragmatically rather than by the full RFC 5322 grammar.
 *
 * <p>Invariants: trimmed; exactly one {@code @}; a dot-atom local part of at most
 * {@value #LOCAL_PART_MAX_LENGTH} characters, kept as typed (the local part may be case-sensitive);
 * a lower-case ASCII domain of at least two labels of letters, digits and inner hyphens, ending in a
 * top-level domain of at least two letters; at most {@value #MAX_LENGTH} characters in all.
 *
 * <p>Privacy: an e-mail address identifies a person. Never log it and never put it in an
 * exception message or URL. The audit trail may hold it as evidence of a correction (Art. 16):
 * only the customer and the administrators read that trail.
 */
public final class EmailAddress {

    /** Longest address that fits in an SMTP forward path (RFC 5321). */
    public static final int MAX_LENGTH = 254;

    public static final int LOCAL_PART_MAX_LENGTH = 64;

    private static final Pattern LOCAL_PART =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    private final String value;

    private EmailAddress(String value) {
        this.value = value;
    }

    /** Trims, lower-cases the domain and validates; throws {@link InvalidValueException} if invalid. */
    public static EmailAddress valueOf(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidValueException("validation.email.required", "An e-mail address is required");
        }
        String trimmed = input.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw tooLong();
        }
        int at = trimmed.indexOf('@');
        if (at < 0 || at != trimmed.lastIndexOf('@')) {
            throw invalidFormat();
        }
        String localPart = trimmed.substring(0, at);
        String domain = trimmed.substring(at + 1).toLowerCase(Locale.ROOT);
        if (localPart.length() > LOCAL_PART_MAX_LENGTH) {
            throw tooLong();
        }
        if (!LOCAL_PART.matcher(localPart).matches() || !DOMAIN.matcher(domain).matches()) {
            throw invalidFormat();
        }
        return new EmailAddress(localPart + "@" + domain);
    }

    public static boolean isValid(String input) {
        try {
            valueOf(input);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /** The part after the {@code @}, lower case. */
    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    private static InvalidValueException tooLong() {
        return new InvalidValueException("validation.email.too-long", "The e-mail address is too long");
    }

    private static InvalidValueException invalidFormat() {
        return new InvalidValueException("validation.email.format", "The e-mail address is not valid");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAddress that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The address as a page may show it to someone not yet known to own it: {@code a•••@example.org}. */
    public String masked() {
        return value.charAt(0) + "•••" + value.substring(value.indexOf('@'));
    }

    /** The canonical form. Personal data: do not log. */
    @Override
    public String toString() {
        return value;
    }
}
