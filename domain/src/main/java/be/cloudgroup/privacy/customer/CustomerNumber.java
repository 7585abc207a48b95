package be.cloudgroup.privacy.customer;

import be.cloudgroup.privacy.shared.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The customer's public id, used in URLs and shown on invoices: {@code CG} followed by a
 * seven-digit sequence and a Luhn check digit, e.g. {@code CG12345674}.
 *
 * <p>Invariants: upper case; the sequence is 1 to {@value #MAX_SEQUENCE}; the last digit is the
 * Luhn check digit of the seven before it, so most typing errors are caught before a lookup.
 *
 * <p>Privacy: it is a pseudonymous id, safe in URLs and audit events, but it is not a secret:
 * knowing a customer number never grants access; ownership is checked in the service.
 */
public final class CustomerNumber {

    public static final int MAX_LENGTH = 10;
    public static final int MAX_SEQUENCE = 9_999_999;

    private static final String PREFIX = "CG";
    private static final Pattern FORMAT = Pattern.compile("CG[0-9]{8}");

    private final String value;

    private CustomerNumber(String value) {
        this.value = value;
    }

    /** Parses a customer number, case-insensitively; throws {@link InvalidValueException} if invalid. */
    public static CustomerNumber valueOf(String input) {
        String candidate = input == null ? "" : input.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(candidate).matches() || Integer.parseInt(candidate.substring(2, 9)) == 0) {
            throw new InvalidValueException(
                    "validation.customer-number.format", "A customer number looks like CG12345674");
        }
        if (checkDigit(candidate.substring(2, 9)) != candidate.charAt(9) - '0') {
            throw new InvalidValueException(
                    "validation.customer-number.checksum", "The customer number has a typing error");
        }
        return new CustomerNumber(candidate);
    }

    /** The customer number for a sequence from 1 to {@value #MAX_SEQUENCE}, e.g. from a database sequence. */
    public static CustomerNumber of(int sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("Customer number sequence out of range: " + sequence);
        }
        String digits = String.format(Locale.ROOT, "%07d", sequence);
        return new CustomerNumber(PREFIX + digits + checkDigit(digits));
    }

    public static boolean isValid(String input) {
        try {
            valueOf(input);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /** The sequence the number was made from. */
    public int sequence() {
        return Integer.parseInt(value.substring(2, 9));
    }

    /** Luhn: from the right, double every second digit starting with the rightmost payload digit. */
    private static int checkDigit(String payload) {
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            int digit = payload.charAt(payload.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CustomerNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The canonical form, e.g. {@code CG12345674}. */
    @Override
    public String toString() {
        return value;
    }
}
