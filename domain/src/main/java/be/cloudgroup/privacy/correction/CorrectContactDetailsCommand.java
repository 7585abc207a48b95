package be.cloudgroup.privacy.correction;

import be.cloudgroup.privacy.customer.PhoneNumber;
import be.cloudgroup.privacy.customer.PostalAddress;
import be.cloudgroup.privacy.customer.Salutation;
import be.cloudgroup.privacy.shared.InvalidValueException;
import be.cloudgroup.privacy.shared.Language;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A customer's correction of their contact details, valid by construction: names are trimmed
 * (inner whitespace collapsed) and at most {@link #FIRST_NAME_MAX_LENGTH}/{@link #LAST_NAME_MAX_LENGTH}
 * characters, an absent name is the empty string; address and phone are value objects; the phone
 * may be absent (null). Whether names are required depends on the customer type, which the service
 * checks. {@code version} is the version of the details the form was loaded with.
 */
public record CorrectContactDetailsCommand(Salutation salutation, String firstName, String lastName,
        PostalAddress address, PhoneNumber phone, Language language, long version) {

    public static final int FIRST_NAME_MAX_LENGTH = 60;
    public static final int LAST_NAME_MAX_LENGTH = 80;

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

    public CorrectContactDetailsCommand {
        Objects.requireNonNull(salutation, "salutation");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(language, "language");
        firstName = name(firstName, FIRST_NAME_MAX_LENGTH);
        lastName = name(lastName, LAST_NAME_MAX_LENGTH);
    }

    public Optional<PhoneNumber> optionalPhone() {
        return Optional.ofNullable(phone);
    }

    /** Trims a name and checks its length; throws {@link InvalidValueException} when too long. */
    public static String name(String input, int maxLength) {
        String cleaned = input == null ? "" : WHITESPACE.matcher(input.strip()).replaceAll(" ");
        if (cleaned.length() > maxLength) {
            throw new InvalidValueException("correction.validation.name-too-long",
                    "A name is longer than " + maxLength + " characters", maxLength);
        }
        return cleaned;
    }
}
