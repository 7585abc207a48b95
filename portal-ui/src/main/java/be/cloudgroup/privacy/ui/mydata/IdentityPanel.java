package be.cloudgroup.privacy.ui.mydata;

import be.cloudgroup.privacy.mydata.PersonalDetails;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.ui.correction.CorrectionView;
import be.cloudgroup.privacy.ui.layout.TextFacts;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;

/**
 * Who the customer is to us: number, type, names, company and VAT number, language, status, and the
 * way to correct them.
 */
class IdentityPanel extends CategorySection {

    IdentityPanel(PersonalDetails person, WhyWeKeepThis why, Locale locale) {
        super(DataCategory.IDENTITY, "mydata.identity.title", why, locale);
        TextFacts facts = new TextFacts(data());
        fact(facts, "mydata.identity.customer-number", person.customerNumber());
        fact(facts, "mydata.identity.type", getTranslation(typeKey(person)));
        fact(facts, "mydata.identity.salutation", label(person.salutation()));
        fact(facts, "mydata.identity.first-name", person.firstName());
        fact(facts, "mydata.identity.last-name", person.lastName());
        fact(facts, "mydata.identity.company", person.companyName());
        fact(facts, "mydata.identity.vat", person.vatNumber());
        fact(facts, "mydata.identity.language", getTranslation(languageKey(person)));
        fact(facts, "mydata.identity.status", getTranslation(statusKey(person)));
        RouterLink correct = new RouterLink(getTranslation("mydata.correct"), CorrectionView.class);
        correct.setId("my-data-correct");
        correct.addClassName("portal-button");
        show(correct);
    }

    private static String typeKey(PersonalDetails person) {
        return "customer.type." + person.type().name();
    }

    private static String statusKey(PersonalDetails person) {
        return "customer.status." + person.status().name();
    }

    private static String languageKey(PersonalDetails person) {
        return "language." + person.language().code();
    }
}
