package be.cloudgroup.privacy.ui.correction;

import be.cloudgroup.privacy.correction.ContactDetails;
import be.cloudgroup.privacy.correction.CorrectContactDetailsCommand;
import be.cloudgroup.privacy.customer.CustomerType;
import be.cloudgroup.privacy.customer.PersonName;
import be.cloudgroup.privacy.customer.PostalAddress;
import be.cloudgroup.privacy.customer.Salutation;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The fields of the correction form, bound to a {@link ContactForm}; every field has a label. */
class ContactDetailsForm extends FormLayout {

    final Select<Salutation> salutation = new Select<>();
    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final TextField street = new TextField();
    final TextField houseNumber = new TextField();
    final TextField box = new TextField();
    final TextField postalCode = new TextField();
    final TextField city = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final TextField phone = new TextField();
    final Select<Language> language = new Select<>();

    private final Binder<ContactForm> binder = new Binder<>();
    private final PortalI18NProvider i18n;
    private ContactForm bean;

    ContactDetailsForm(PortalI18NProvider i18n) {
        this.i18n = i18n;
        setId("correction-form");
        salutation.setItems(Salutation.values());
        salutation.setItemLabelGenerator(
                s -> getTranslation("correction.salutation." + s.name().toLowerCase(Locale.ROOT)));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> getTranslation("language." + l.code()));
        Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing((String code) -> new Locale("", code).getDisplayCountry(locale)))
                .toList());
        country.setItemLabelGenerator(code -> new Locale("", code).getDisplayCountry(locale));
        label(salutation, "correction.field.salutation");
        label(firstName, "correction.field.first-name");
        label(lastName, "correction.field.last-name");
        label(street, "correction.field.street");
        label(houseNumber, "correction.field.house-number");
        label(box, "correction.field.box");
        label(postalCode, "correction.field.postal-code");
        label(city, "correction.field.city");
        label(country, "correction.field.country");
        label(phone, "correction.field.phone");
        label(language, "correction.field.language");
        firstName.setMaxLength(PersonName.FIRST_NAME_MAX_LENGTH);
        lastName.setMaxLength(PersonName.LAST_NAME_MAX_LENGTH);
        street.setMaxLength(PostalAddress.STREET_MAX_LENGTH);
        houseNumber.setMaxLength(PostalAddress.HOUSE_NUMBER_MAX_LENGTH);
        box.setMaxLength(PostalAddress.BOX_MAX_LENGTH);
        postalCode.setMaxLength(PostalAddress.POSTAL_CODE_MAX_LENGTH);
        city.setMaxLength(PostalAddress.CITY_MAX_LENGTH);
        add(salutation, firstName, lastName, street, houseNumber, box, postalCode, city, country, phone, language);
        street.setId("street");
        postalCode.setId("postal-code");
    }

    /** Binds the fields; the names are required for a private customer, optional for a contact person. */
    void bind(ContactDetails details) {
        if (details.type() == CustomerType.BUSINESS) {
            firstName.setHelperText(getTranslation("correction.field.contact-person"));
        }
        boolean namesRequired = PersonName.requiredFor(details.type());
        binder.forField(salutation).asRequired().bind(ContactForm::getSalutation, ContactForm::setSalutation);
        bindName(firstName, namesRequired, PersonName::firstName)
                .bind(ContactForm::getFirstName, ContactForm::setFirstName);
        bindName(lastName, namesRequired, PersonName::lastName)
                .bind(ContactForm::getLastName, ContactForm::setLastName);
        bindAddress(street, "validation.address.street-required").bind(ContactForm::getStreet, ContactForm::setStreet);
        bindAddress(houseNumber, "validation.address.house-number-required")
                .bind(ContactForm::getHouseNumber, ContactForm::setHouseNumber);
        bindAddress(box, "-").bind(ContactForm::getBox, ContactForm::setBox);
        bindAddress(postalCode, "validation.address.postal-code-required", "validation.address.belgian-postal-code")
                .bind(ContactForm::getPostalCode, ContactForm::setPostalCode);
        bindAddress(city, "validation.address.city-required").bind(ContactForm::getCity, ContactForm::setCity);
        binder.forField(country)
                .asRequired(getTranslation("validation.address.country"))
                .bind(ContactForm::getCountry, ContactForm::setCountry);
        binder.forField(phone)
                .withConverter(ValueConverters.phone(i18n))
                .bind(ContactForm::getPhone, ContactForm::setPhone);
        binder.forField(language).asRequired().bind(ContactForm::getLanguage, ContactForm::setLanguage);
        show(details);
    }

    /** Shows freshly loaded details; their version is the one the next save is checked against. */
    void show(ContactDetails details) {
        bean = ContactForm.of(details);
        binder.readBean(bean);
    }

    /** The command if every field is valid; otherwise the fields show their errors. */
    Optional<CorrectContactDetailsCommand> command() {
        return binder.writeBeanIfValid(bean) ? Optional.of(bean.toCommand()) : Optional.empty();
    }

    private Binder.BindingBuilder<ContactForm, String> bindName(
            TextField field, boolean required, UnaryOperator<String> clean) {
        var builder = binder.forField(field);
        if (required) {
            builder = builder.asRequired(getTranslation("correction.validation.name-required"));
        }
        return builder.withConverter(ValueConverters.name(i18n, clean));
    }

    private Binder.BindingBuilder<ContactForm, String> bindAddress(TextField field, String... keys) {
        return binder.forField(field)
                .withValidator(ValueConverters.addressPart(
                        i18n,
                        () -> PostalAddress.valueOf(
                                street.getValue(),
                                houseNumber.getValue(),
                                box.getValue(),
                                postalCode.getValue(),
                                city.getValue(),
                                country.getValue()),
                        Set.of(keys)));
    }

    private void label(com.vaadin.flow.component.HasLabel field, String key) {
        field.setLabel(getTranslation(key));
    }
}
