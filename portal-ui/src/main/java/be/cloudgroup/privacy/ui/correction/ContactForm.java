package be.cloudgroup.privacy.ui.correction;

import be.cloudgroup.privacy.correction.ContactDetails;
import be.cloudgroup.privacy.correction.CorrectContactDetailsCommand;
import be.cloudgroup.privacy.customer.PhoneNumber;
import be.cloudgroup.privacy.customer.PostalAddress;
import be.cloudgroup.privacy.customer.Salutation;
import be.cloudgroup.privacy.shared.Language;
import java.io.Serializable;

/** The form bean of the correction form: what the fields hold, never the entity. */
class ContactForm implements Serializable {

    private Salutation salutation;
    private String firstName;
    private String lastName;
    private String street;
    private String houseNumber;
    private String box;
    private String postalCode;
    private String city;
    private String country;
    private PhoneNumber phone;
    private Language language;
    private long version;

    static ContactForm of(ContactDetails details) {
        ContactForm form = new ContactForm();
        form.salutation = details.salutation();
        form.firstName = details.firstName();
        form.lastName = details.lastName();
        form.street = details.street();
        form.houseNumber = details.houseNumber();
        form.box = details.box();
        form.postalCode = details.postalCode();
        form.city = details.city();
        form.country = details.country();
        form.phone = PhoneNumber.isValid(details.phone()) ? PhoneNumber.valueOf(details.phone()) : null;
        form.language = details.language();
        form.version = details.version();
        return form;
    }

    /** The command; throws {@code InvalidValueException} if a value object refuses a value. */
    CorrectContactDetailsCommand toCommand() {
        return new CorrectContactDetailsCommand(
                salutation,
                firstName,
                lastName,
                PostalAddress.valueOf(street, houseNumber, box, postalCode, city, country),
                phone,
                language,
                version);
    }

    Salutation getSalutation() {
        return salutation;
    }

    void setSalutation(Salutation salutation) {
        this.salutation = salutation;
    }

    String getFirstName() {
        return firstName;
    }

    void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    String getLastName() {
        return lastName;
    }

    void setLastName(String lastName) {
        this.lastName = lastName;
    }

    String getStreet() {
        return street;
    }

    void setStreet(String street) {
        this.street = street;
    }

    String getHouseNumber() {
        return houseNumber;
    }

    void setHouseNumber(String houseNumber) {
        this.houseNumber = houseNumber;
    }

    String getBox() {
        return box;
    }

    void setBox(String box) {
        this.box = box;
    }

    String getPostalCode() {
        return postalCode;
    }

    void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    String getCity() {
        return city;
    }

    void setCity(String city) {
        this.city = city;
    }

    String getCountry() {
        return country;
    }

    void setCountry(String country) {
        this.country = country;
    }

    PhoneNumber getPhone() {
        return phone;
    }

    void setPhone(PhoneNumber phone) {
        this.phone = phone;
    }

    Language getLanguage() {
        return language;
    }

    void setLanguage(Language language) {
        this.language = language;
    }

    long getVersion() {
        return version;
    }
}
