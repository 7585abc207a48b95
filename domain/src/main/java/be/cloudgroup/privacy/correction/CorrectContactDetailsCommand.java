package be.cloudgroup.privacy.correction;

import be.cloudgroup.privacy.customer.PersonName;
import be.cloudgroup.privacy.customer.PhoneNumber;
import be.cloudgroup.privacy.customer.PostalAddress;
import be.cloudgroup.privacy.customer.Salutation;
import be.cloudgroup.privacy.shared.Language;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's correction of their contact details, valid by construction: names follow
 * {@link PersonName} (trimmed, inner whitespace collapsed, within its limits, an absent name is the
 * empty string); address and phone are value objects; the phone may be absent (null). Whether names
 * are required depends on the customer type, which {@link ContactDetails#correct} checks.
 * {@code version} is the version of the details the form was loaded with.
 */
public record CorrectContactDetailsCommand(
        Salutation salutation,
        String firstName,
        String lastName,
        PostalAddress address,
        PhoneNumber phone,
        Language language,
        long version) {

    public CorrectContactDetailsCommand {
        Objects.requireNonNull(salutation, "salutation");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(language, "language");
        firstName = PersonName.firstName(firstName);
        lastName = PersonName.lastName(lastName);
    }

    /** The corrected name. */
    public PersonName name() {
        return PersonName.valueOf(firstName, lastName);
    }

    public Optional<PhoneNumber> optionalPhone() {
        return Optional.ofNullable(phone);
    }
}
