package be.cloudgroup.privacy.ui.profile;

import be.cloudgroup.privacy.profile.PersonalDetails;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.register.PurposeDetails;
import com.vaadin.flow.component.html.DescriptionList;
import java.util.List;
import java.util.Locale;

/** How we reach the customer: e-mail, phone, mobile and postal address. */
class ContactPanel extends CategorySection {

    ContactPanel(PersonalDetails person, List<PurposeDetails> purposes, Locale locale) {
        super(DataCategory.CONTACT, "profile.contact.title", purposes, locale);
        DescriptionList facts = new DescriptionList();
        fact(facts, "profile.contact.email", person.email());
        fact(facts, "profile.contact.phone", person.phone());
        fact(facts, "profile.contact.mobile", person.mobile());
        fact(facts, "profile.contact.address", address(person));
        show(facts);
    }

    private String address(PersonalDetails person) {
        String box = person.box() == null ? "" : " " + getTranslation("profile.contact.box", person.box());
        return person.street() + " " + person.houseNumber() + box + ", " + person.postalCode() + " " + person.city()
                + ", " + formats.country(person.country());
    }
}
