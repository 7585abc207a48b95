package be.cloudgroup.privacy.customer;

import be.cloudgroup.privacy.shared.InvalidValueException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An EU VAT identification number in its canonical form: the country prefix followed by the
 * number, upper case, without spaces, dots or dashes, e.g. {@code BE0403170701}.
 *
 * <p>Invariants: the prefix is an EU member state as used by VIES ({@code EL} for Greece,
 * {@code XI} for Northern Ireland). Belgian numbers have 10 digits starting with 0 or 1 (an old
 * 9-digit number gets a leading 0) and pass the mod-97 check; other countries are checked only
 * against their published format, not their check digits.
 *
 * <p>Privacy: a business's VAT number is public, but a self-employed person's VAT number is
 * often derived from their national register number and then is personal data. Never log it.
 */
public final class VatNumber {

    /** Two letters and at most twelve characters (FR, LT, NL, SE, XI). */
    public static final int MAX_LENGTH = 14;

    private static final String BELGIUM = "BE";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0.-]");
    private static final Pattern BELGIAN_NUMBER = Pattern.compile("[01][0-9]{9}");
    private static final Pattern OLD_BELGIAN_NUMBER = Pattern.compile("[0-9]{9}");

    /** Formats per country as published by the European Commission for VIES. */
    private static final Map<String, Pattern> FORMATS = Map.ofEntries(
            format("AT", "U[0-9]{8}"),
            format("BG", "[0-9]{9,10}"),
            format("CY", "[0-9]{8}[A-Z]"),
            format("CZ", "[0-9]{8,10}"),
            format("DE", "[0-9]{9}"),
            format("DK", "[0-9]{8}"),
            format("EE", "[0-9]{9}"),
            format("EL", "[0-9]{9}"),
            format("ES", "[0-9A-Z][0-9]{7}[0-9A-Z]"),
            format("FI", "[0-9]{8}"),
            format("FR", "[0-9A-Z]{2}[0-9]{9}"),
            format("HR", "[0-9]{11}"),
            format("HU", "[0-9]{8}"),
            format("IE", "[0-9]{7}[A-Z]{1,2}|[0-9][A-Z+*][0-9]{5}[A-Z]"),
            format("IT", "[0-9]{11}"),
            format("LT", "[0-9]{9}|[0-9]{12}"),
            format("LU", "[0-9]{8}"),
            format("LV", "[0-9]{11}"),
            format("MT", "[0-9]{8}"),
            format("NL", "[0-9]{9}B[0-9]{2}"),
            format("PL", "[0-9]{10}"),
            format("PT", "[0-9]{9}"),
            format("RO", "[1-9][0-9]{1,9}"),
            format("SE", "[0-9]{10}01"),
            format("SI", "[0-9]{8}"),
            format("SK", "[0-9]{10}"),
            format("XI", "[0-9]{9}|[0-9]{12}|GD[0-9]{3}|HA[0-9]{3}"));

    private final String value;

    private VatNumber(String value) {
        this.value = value;
    }

    /** Normalises to the canonical form and validates; throws {@link InvalidValueException} if invalid. */
    public static VatNumber valueOf(String input) {
        String compact =
                input == null ? "" : SEPARATORS.matcher(input).replaceAll("").toUpperCase(Locale.ROOT);
        if (compact.isEmpty()) {
            throw new InvalidValueException("validation.vat.required", "A VAT number is required");
        }
        String country = compact.length() >= 2 ? compact.substring(0, 2) : compact;
        String number = compact.substring(country.length());
        if (BELGIUM.equals(country)) {
            return new VatNumber(BELGIUM + belgianNumber(number));
        }
        Pattern format = FORMATS.get(country);
        if (format == null) {
            throw new InvalidValueException(
                    "validation.vat.country", "The VAT number must start with the code of an EU country, such as BE");
        }
        if (!format.matcher(number).matches()) {
            throw invalidFormat();
        }
        return new VatNumber(country + number);
    }

    public static boolean isValid(String input) {
        try {
            valueOf(input);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /** The country prefix as used by VIES, e.g. {@code BE}, {@code EL} for Greece. */
    public String country() {
        return value.substring(0, 2);
    }

    private static String belgianNumber(String number) {
        String tenDigits = OLD_BELGIAN_NUMBER.matcher(number).matches() ? "0" + number : number;
        if (!BELGIAN_NUMBER.matcher(tenDigits).matches()) {
            throw invalidFormat();
        }
        int base = Integer.parseInt(tenDigits.substring(0, 8));
        int checkDigits = Integer.parseInt(tenDigits.substring(8));
        if (97 - base % 97 != checkDigits) {
            throw new InvalidValueException(
                    "validation.vat.checksum", "The VAT number has a typing error: its check digits do not match");
        }
        return tenDigits;
    }

    private static Map.Entry<String, Pattern> format(String country, String regex) {
        return Map.entry(country, Pattern.compile(regex));
    }

    private static InvalidValueException invalidFormat() {
        return new InvalidValueException("validation.vat.format", "The VAT number does not have the right format");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VatNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The canonical form, e.g. {@code BE0403170701}. Do not log. */
    @Override
    public String toString() {
        return value;
    }
}
