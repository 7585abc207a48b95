package be.cloudgroup.privacy.correction;

import be.cloudgroup.privacy.customer.CustomerType;
import be.cloudgroup.privacy.customer.PersonName;
import be.cloudgroup.privacy.customer.Salutation;
import be.cloudgroup.privacy.shared.InvalidValueException;
import be.cloudgroup.privacy.shared.Language;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The contact details a customer may correct, as stored, with the version they were read at. Text
 * parts are never null: an absent value is the empty string. For a business customer the names
 * are those of the contact person; company name and e-mail are shown, not corrected here.
 *
 * <p>Privacy: personal data throughout; never log it.
 */
public record ContactDetails(
        String customerNumber,
        CustomerType type,
        Salutation salutation,
        String firstName,
        String lastName,
        String companyName,
        String email,
        String street,
        String houseNumber,
        String box,
        String postalCode,
        String city,
        String country,
        String phone,
        String mobile,
        Language language,
        long version) {

    /**
     * Applies a correction to these details: the one place that checks it. The names must suit the
     * customer type ({@link PersonName#requireFor}) and the command must have been made from these
     * details' version. E-mail and mobile are left as they are (they change only once confirmed).
     *
     * @return the corrected details and the audit diff (empty when the command changes nothing)
     * @throws InvalidValueException     when a private customer's name is missing
     * @throws ChangedMeanwhileException when the command was made from another version
     */
    public Correction correct(CorrectContactDetailsCommand command) {
        Objects.requireNonNull(command, "command");
        PersonName name = command.name().requireFor(type);
        if (version != command.version()) {
            throw new ChangedMeanwhileException();
        }
        var address = command.address();
        ContactDetails after = new ContactDetails(
                customerNumber,
                type,
                command.salutation(),
                name.first(),
                name.last(),
                companyName,
                email,
                address.street(),
                address.houseNumber(),
                address.box().orElse(""),
                address.postalCode(),
                address.city(),
                address.country(),
                command.optionalPhone().map(Object::toString).orElse(""),
                mobile,
                command.language(),
                version);
        return new Correction(after, changesTo(after));
    }

    /** Field → {@code "old" → "new"} for every correctable field that differs, in form order. */
    private Map<String, String> changesTo(ContactDetails after) {
        Map<String, String> changes = new LinkedHashMap<>();
        compare(changes, "salutation", salutation.name(), after.salutation.name());
        compare(changes, "firstName", firstName, after.firstName);
        compare(changes, "lastName", lastName, after.lastName);
        compare(changes, "street", street, after.street);
        compare(changes, "houseNumber", houseNumber, after.houseNumber);
        compare(changes, "box", box, after.box);
        compare(changes, "postalCode", postalCode, after.postalCode);
        compare(changes, "city", city, after.city);
        compare(changes, "country", country, after.country);
        compare(changes, "phone", phone, after.phone);
        compare(changes, "language", language.name(), after.language.name());
        return changes;
    }

    private static void compare(Map<String, String> changes, String field, String before, String after) {
        if (!before.equals(after)) {
            changes.put(field, "\"" + before + "\" → \"" + after + "\"");
        }
    }
}
