package be.cloudgroup.privacy.ui.mydata;

import be.cloudgroup.privacy.mydata.PersonalDetails;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.ui.layout.TextFacts;
import java.util.Locale;

/** How we reach the customer: e-mail, phone, mobile and postal address. */
class ContactPanel extends CategorySection {

    ContactPanel(PersonalDetails person, WhyWeKeepThis why, Locale locale) {
        super(DataCategory.CONTACT, "mydata.contact.title", why, locale);
        TextFacts facts = new TextFacts(data());
        fact(facts, "mydata.contact.email", person.email());
        fact(facts, "mydata.contact.phone", person.phone());
        fact(facts, "mydata.contact.mobile", person.mobile());
        fact(facts, "mydata.contact.address", address(person));
        show();
    }

    private String address(PersonalDetails person) {
        String box = person.box() == null ? "" : " " + getTranslation("mydata.contact.box", person.box());
        return person.street() + " " + person.houseNumber() + box + ", " + person.postalCode() + " " + person.city()
                + ", " + formats.country(person.country());
    }
}
