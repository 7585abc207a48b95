package be.cloudgroup.privacy.customer;

import be.cloudgroup.privacy.shared.InvalidValueException;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 form, e.g. {@code +32470123456}.
 *
 * <p>Invariants: a {@code +}, a country code that does not start with 0, and 8 to 15 digits in
 * all. Input may contain spaces, dots, slashes, dashes and parentheses; a {@code 00} prefix stands
 * for {@code +}, a bracketed trunk {@code (0)} after the country code is dropped, and a number
 * starting with a single {@code 0} is a Belgian national number. For
 * Belgium (+32) the national significant number has 9 digits for mobiles (starting with 4) and 8
 * for landlines (Liège's zone 04 included). Other countries are checked only against E.164.
 *
 * <p>Privacy: a phone number identifies a person. Never log it and never put it in an exception
 * message or URL. The audit trail may hold it as evidence of a correction (Art. 16):
 * only the customer and the administrators read that trail.
 */
public final class PhoneNumber {

    /** A {@code +} and at most 15 digits. */
    public static final int MAX_LENGTH = 16;

    private static final String BELGIUM = "+32";
    /** "+32 (0)2 …": the bracketed trunk 0 after a country code is dropped, as it is not dialled. */
    private static final Pattern TRUNK_ZERO_AFTER_COUNTRY_CODE =
            Pattern.compile("^(\\s*(?:\\+|00)\\s*[0-9]{1,3})\\s*\\(0\\)");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0./()-]");
    private static final Pattern DIGITS_WITH_OPTIONAL_PLUS = Pattern.compile("\\+?[0-9]+");
    private static final int MOBILE_DIGITS = 9;
    private static final int LANDLINE_DIGITS = 8;
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

    private final String value;

    private PhoneNumber(String value) {
        this.value = value;
    }

    /** Normalises to E.164 and validates; throws {@link InvalidValueException} if invalid. */
    public static PhoneNumber valueOf(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidValueException("validation.phone.required", "A phone number is required");
        }
        String withoutTrunkZero = TRUNK_ZERO_AFTER_COUNTRY_CODE.matcher(input).replaceFirst("$1");
        String compact = SEPARATORS.matcher(withoutTrunkZero).replaceAll("");
        if (!DIGITS_WITH_OPTIONAL_PLUS.matcher(compact).matches()) {
            throw invalidFormat();
        }
        String international = toInternational(compact);
        if (international.startsWith(BELGIUM)) {
            checkBelgianLength(international.substring(BELGIUM.length()));
        }
        if (!E164.matcher(international).matches()) {
            throw invalidFormat();
        }
        return new PhoneNumber(international);
    }

    public static boolean isValid(String input) {
        try {
            valueOf(input);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /** True for Belgian mobile numbers; for other countries we cannot tell, so false. */
    public boolean isMobile() {
        return value.startsWith(BELGIUM + "4") && value.length() == BELGIUM.length() + MOBILE_DIGITS;
    }

    private static String toInternational(String compact) {
        if (compact.startsWith("+")) {
            return compact;
        }
        if (compact.startsWith("00")) {
            return "+" + compact.substring(2);
        }
        if (compact.startsWith("0")) {
            return BELGIUM + compact.substring(1);
        }
        // Digits without any prefix: we cannot tell the country, so we do not guess.
        throw invalidFormat();
    }

    private static void checkBelgianLength(String nationalNumber) {
        if (nationalNumber.startsWith("0")) {
            // "+32 0470…": the trunk 0 does not belong after the country code.
            throw invalidFormat();
        }
        // Mobiles: 9 digits starting with 4 (45x-49x); landlines: 8 digits, Liège's 04 zone included.
        boolean mobile = nationalNumber.length() == MOBILE_DIGITS && nationalNumber.startsWith("4");
        if (!mobile && nationalNumber.length() != LANDLINE_DIGITS) {
            throw new InvalidValueException(
                    "validation.phone.belgian-length",
                    "A Belgian number has 9 digits (mobile) or 8 digits (landline) after the 0");
        }
    }

    private static InvalidValueException invalidFormat() {
        return new InvalidValueException("validation.phone.format", "The phone number is not valid");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The E.164 form. Personal data: do not log. */
    /** The number as a page may show it to someone not yet known to own it: {@code +32•••••••56}. */
    public String masked() {
        return value.substring(0, 3) + "•".repeat(value.length() - 5) + value.substring(value.length() - 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
