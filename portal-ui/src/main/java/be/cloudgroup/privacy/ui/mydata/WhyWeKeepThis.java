package be.cloudgroup.privacy.ui.mydata;

import be.cloudgroup.privacy.register.PurposeDetails;
import be.cloudgroup.privacy.register.RecipientDetails;
import be.cloudgroup.privacy.ui.layout.Formats;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "Why we keep this" (Art. 15(1) a–h): per purpose of the register its legal basis, recipients with
 * their country, retention and source. All texts come from the register, in the reader's language.
 */
class WhyWeKeepThis extends Aside {

    private static final String LEGAL_BASIS_PREFIX = "mydata.enum.LegalBasis.";

    WhyWeKeepThis(List<PurposeDetails> purposes, Formats formats) {
        addClassName("my-data-why");
        add(new H3(getTranslation("mydata.why.title")));
        if (purposes.isEmpty()) {
            add(new Paragraph(getTranslation("mydata.why.none")));
        }
        for (PurposeDetails purpose : purposes) {
            DescriptionList facts = new DescriptionList();
            fact(
                    facts,
                    "mydata.why.legal-basis",
                    getTranslation(LEGAL_BASIS_PREFIX + purpose.legalBasis().name()));
            fact(facts, "mydata.why.recipients", recipients(purpose.recipients(), formats));
            fact(facts, "mydata.why.retention", purpose.retention());
            fact(facts, "mydata.why.source", purpose.source());
            add(new H4(purpose.name()), new Paragraph(purpose.description()), facts);
        }
    }

    private String recipients(List<RecipientDetails> recipients, Formats formats) {
        if (recipients.isEmpty()) {
            return getTranslation("mydata.why.no-recipients");
        }
        return recipients.stream()
                .map(recipient -> getTranslation(
                        "mydata.why.recipient",
                        recipient.name(),
                        recipient.service(),
                        formats.country(recipient.country())))
                .collect(Collectors.joining("; "));
    }

    private void fact(DescriptionList list, String labelKey, String value) {
        list.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(value));
    }
}
