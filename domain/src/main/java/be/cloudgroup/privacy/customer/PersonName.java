package be.cloudgroup.privacy.customer;

import be.cloudgroup.privacy.shared.InvalidValueException;
import java.util.regex.Pattern;

/**
 * A person's first and last name: of a private customer, or of a business customer's contact person.
 *
 * <p>Invariants: each part is trimmed with inner whitespace (including no-break spaces) collapsed to
 * one space; an absent part is the empty string; the first name is at most
 * {@value #FIRST_NAME_MAX_LENGTH} and the last name at most {@value #LAST_NAME_MAX_LENGTH} characters.
 * Whether both parts are required depends on the customer type: {@link #requiredFor(CustomerType)} is
 * the one place that decides, {@link #requireFor(CustomerType)} applies it.
 *
 * <p>Privacy: a name identifies a person. Never log it and never put it in an exception message or
 * URL.
 */
public final class PersonName {

    public static final int FIRST_NAME_MAX_LENGTH = 60;
    public static final int LAST_NAME_MAX_LENGTH = 80;

    /** The name of a business contact person who was not named. */
    public static final PersonName NONE = new PersonName("", "");

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

    private final String firstName;
    private final String lastName;

    private PersonName(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
    }

    /**
     * Cleans and checks both parts; either may be null or blank (then empty). Throws
     * {@link InvalidValueException} ({@code correction.validation.name-too-long}) when a part is too long.
     */
    public static PersonName valueOf(String firstName, String lastName) {
        return new PersonName(firstName(firstName), lastName(lastName));
    }

    public static boolean isValid(String firstName, String lastName) {
        try {
            valueOf(firstName, lastName);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /** A first name as stored: cleaned, at most {@value #FIRST_NAME_MAX_LENGTH} characters, possibly empty. */
    public static String firstName(String input) {
        return clean(input, FIRST_NAME_MAX_LENGTH);
    }

    /** A last name as stored: cleaned, at most {@value #LAST_NAME_MAX_LENGTH} characters, possibly empty. */
    public static String lastName(String input) {
        return clean(input, LAST_NAME_MAX_LENGTH);
    }

    /**
     * Whether a customer of this type must have both a first and a last name: a private customer
     * must; a business customer's contact person may be unnamed.
     */
    public static boolean requiredFor(CustomerType type) {
        return type == CustomerType.PRIVATE;
    }

    /**
     * This name, if it is complete enough for a customer of this type; otherwise throws
     * {@link InvalidValueException} ({@code correction.validation.name-required}).
     */
    public PersonName requireFor(CustomerType type) {
        if (requiredFor(type) && !isComplete()) {
            throw new InvalidValueException(
                    "correction.validation.name-required", "A first and last name are required");
        }
        return this;
    }

    /** Both a first and a last name are present. */
    public boolean isComplete() {
        return !firstName.isEmpty() && !lastName.isEmpty();
    }

    /** Neither part is present. */
    public boolean isEmpty() {
        return firstName.isEmpty() && lastName.isEmpty();
    }

    /** The first name, or the empty string. */
    public String first() {
        return firstName;
    }

    /** The last name, or the empty string. */
    public String last() {
        return lastName;
    }

    /**
     * Trims a text and collapses its inner whitespace (null is the empty string); throws
     * {@link InvalidValueException} ({@code correction.validation.name-too-long}, the limit as
     * argument) when the result is longer than {@code maxLength}. Also the rule for a company name.
     */
    static String clean(String input, int maxLength) {
        String cleaned = input == null ? "" : WHITESPACE.matcher(input.strip()).replaceAll(" ");
        if (cleaned.length() > maxLength) {
            throw new InvalidValueException(
                    "correction.validation.name-too-long",
                    "A name is longer than " + maxLength + " characters",
                    maxLength);
        }
        return cleaned;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonName that && firstName.equals(that.firstName) && lastName.equals(that.lastName);
    }

    @Override
    public int hashCode() {
        return 31 * firstName.hashCode() + lastName.hashCode();
    }

    /** First and last name separated by a space, e.g. {@code An Peeters}. Personal data: do not log. */
    @Override
    public String toString() {
        return (firstName + " " + lastName).strip();
    }
}
