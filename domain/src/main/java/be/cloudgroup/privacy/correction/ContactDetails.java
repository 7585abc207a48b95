package be.cloudgroup.privacy.correction;

import be.cloudgroup.privacy.customer.CustomerType;
import be.cloudgroup.privacy.customer.Salutation;
import be.cloudgroup.privacy.shared.Language;

/**
 * The contact details a customer may correct, as stored, with the version they were read at. Text
 * parts are never null: an absent value is the empty string. For a business customer the names
 * are those of the contact person; company name and e-mail are shown, not corrected here.
 *
 * <p>Privacy: personal data throughout; never log it.
 */
public record ContactDetails(String customerNumber, CustomerType type, Salutation salutation, String firstName,
        String lastName, String companyName, String email, String street, String houseNumber, String box,
        String postalCode, String city, String country, String phone, String mobile, Language language,
        long version) {
}
