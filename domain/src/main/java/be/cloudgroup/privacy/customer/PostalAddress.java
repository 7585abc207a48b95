package be.cloudgroup.privacy.customer;

import be.cloudgroup.privacy.shared.InvalidValueException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A postal address: street, house number, optional box, postal code, city and country.
 *
 * <p>Invariants: every part is trimmed with inner whitespace collapsed to one space; all parts
 * except the box are present and none exceeds its {@code …_MAX_LENGTH}; the postal code is upper
 * case; the country is an ISO 3166-1 alpha-2 code in upper case. A Belgian postal code is four
 * digits from 1000 to 9992; other countries' postal codes are free-form.
 *
 * <p>Privacy: a home address identifies a person. Never log it and never put it in an exception
 * message or URL. The audit trail may hold it as evidence of a correction (Art. 16):
 * only the customer and the administrators read that trail.
 */
public final class PostalAddress {

    public static final int STREET_MAX_LENGTH = 100;
    public static final int HOUSE_NUMBER_MAX_LENGTH = 10;
    public static final int BOX_MAX_LENGTH = 10;
    public static final int POSTAL_CODE_MAX_LENGTH = 10;
    public static final int CITY_MAX_LENGTH = 60;
    public static final int COUNTRY_MAX_LENGTH = 2;

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern BELGIAN_POSTAL_CODE = Pattern.compile("[1-9][0-9]{3}");
    private static final int BELGIAN_POSTAL_CODE_MAX = 9992;

    private final String street;
    private final String houseNumber;
    private final @Nullable String box;
    private final String postalCode;
    private final String city;
    private final String country;

    private PostalAddress(
            String street, String houseNumber, String box, String postalCode, String city, String country) {
        this.street = street;
        this.houseNumber = houseNumber;
        this.box = box;
        this.postalCode = postalCode;
        this.city = city;
        this.country = country;
    }

    /**
     * Normalises and validates the parts; {@code box} may be null or blank. Throws
     * {@link InvalidValueException} naming the first part that is wrong.
     */
    public static PostalAddress valueOf(
            String street, String houseNumber, String box, String postalCode, String city, String country) {
        String cleanStreet = required(street, STREET_MAX_LENGTH, "validation.address.street-required");
        String cleanHouseNumber =
                required(houseNumber, HOUSE_NUMBER_MAX_LENGTH, "validation.address.house-number-required");
        String cleanBox = checkLength(clean(box), BOX_MAX_LENGTH);
        String cleanPostalCode = required(postalCode, POSTAL_CODE_MAX_LENGTH, "validation.address.postal-code-required")
                .toUpperCase(Locale.ROOT);
        String cleanCity = required(city, CITY_MAX_LENGTH, "validation.address.city-required");
        String cleanCountry = clean(country).toUpperCase(Locale.ROOT);
        if (!ISO_COUNTRIES.contains(cleanCountry)) {
            throw new InvalidValueException("validation.address.country", "Choose an existing country");
        }
        if ("BE".equals(cleanCountry) && !isBelgianPostalCode(cleanPostalCode)) {
            throw new InvalidValueException(
                    "validation.address.belgian-postal-code",
                    "A Belgian postal code has four digits, from 1000 to 9992");
        }
        return new PostalAddress(
                cleanStreet,
                cleanHouseNumber,
                cleanBox.isEmpty() ? null : cleanBox,
                cleanPostalCode,
                cleanCity,
                cleanCountry);
    }

    public static boolean isValid(
            String street, String houseNumber, String box, String postalCode, String city, String country) {
        try {
            valueOf(street, houseNumber, box, postalCode, city, country);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    public String street() {
        return street;
    }

    public String houseNumber() {
        return houseNumber;
    }

    public Optional<String> box() {
        return Optional.ofNullable(box);
    }

    public String postalCode() {
        return postalCode;
    }

    public String city() {
        return city;
    }

    /** ISO 3166-1 alpha-2, upper case, e.g. {@code BE}. */
    public String country() {
        return country;
    }

    private static String clean(String part) {
        return part == null ? "" : WHITESPACE.matcher(part.strip()).replaceAll(" ");
    }

    private static String required(String part, int maxLength, String requiredKey) {
        String cleaned = clean(part);
        if (cleaned.isEmpty()) {
            throw new InvalidValueException(requiredKey, "A required part of the address is missing");
        }
        return checkLength(cleaned, maxLength);
    }

    private static String checkLength(String cleaned, int maxLength) {
        if (cleaned.length() > maxLength) {
            throw new InvalidValueException(
                    "validation.address.too-long",
                    "A part of the address is longer than " + maxLength + " characters",
                    maxLength);
        }
        return cleaned;
    }

    private static boolean isBelgianPostalCode(String postalCode) {
        return BELGIAN_POSTAL_CODE.matcher(postalCode).matches()
                && Integer.parseInt(postalCode) <= BELGIAN_POSTAL_CODE_MAX;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PostalAddress that
                && street.equals(that.street)
                && houseNumber.equals(that.houseNumber)
                && Objects.equals(box, that.box)
                && postalCode.equals(that.postalCode)
                && city.equals(that.city)
                && country.equals(that.country);
    }

    @Override
    public int hashCode() {
        return Objects.hash(street, houseNumber, box, postalCode, city, country);
    }

    /**
     * One line for technical use, e.g. {@code Kerkstraat 12 box 3, 1000 Brussel, BE}; screens and
     * letters format the address themselves in the reader's language. Personal data: do not log.
     */
    @Override
    public String toString() {
        String number = box == null ? houseNumber : houseNumber + " box " + box;
        return street + " " + number + ", " + postalCode + " " + city + ", " + country;
    }
}
