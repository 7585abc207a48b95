package be.cloudgroup.privacy.customer;

import be.cloudgroup.privacy.shared.InvalidValueException;

/**
 * The name of a business customer's company.
 *
 * <p>Invariants: trimmed with inner whitespace collapsed to one space (as a {@link PersonName}),
 * present, at most {@value #MAX_LENGTH} characters.
 */
public final class CompanyName {

    public static final int MAX_LENGTH = 120;

    private final String value;

    private CompanyName(String value) {
        this.value = value;
    }

    /**
     * Cleans and checks the name; throws {@link InvalidValueException} when it is missing
     * ({@code correction.validation.company-required}) or too long ({@code correction.validation.name-too-long}).
     */
    public static CompanyName valueOf(String input) {
        String cleaned = PersonName.clean(input, MAX_LENGTH);
        if (cleaned.isEmpty()) {
            throw new InvalidValueException("correction.validation.company-required", "A company name is required");
        }
        return new CompanyName(cleaned);
    }

    public static boolean isValid(String input) {
        try {
            valueOf(input);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompanyName that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The cleaned name, e.g. {@code Janssens & Zonen BV}. */
    @Override
    public String toString() {
        return value;
    }
}
