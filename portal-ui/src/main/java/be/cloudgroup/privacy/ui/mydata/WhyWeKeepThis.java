package be.cloudgroup.privacy.ui.mydata;

import be.cloudgroup.privacy.register.PurposeDetails;
import be.cloudgroup.privacy.register.RecipientDetails;
import be.cloudgroup.privacy.ui.layout.Folded;
import be.cloudgroup.privacy.ui.layout.Formats;
import be.cloudgroup.privacy.ui.layout.Markup;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * "Why we keep this" (Art. 15(1) a–h): one line at a glance (how many purposes, the longest
 * retention, how many recipients), and folded below it, per purpose of the register, its legal
 * basis, recipients with their country, retention and source, read and built when the reader opens
 * it. All texts come from the register, in the reader's language.
 */
class WhyWeKeepThis extends Aside {

    private static final String LEGAL_BASIS_PREFIX = "mydata.enum.LegalBasis.";

    /**
     * {@code purposes}, as read with the page, give the line; the fold reads the register again
     * when opened ({@code register}), so that an open tab keeps none of its texts until then.
     */
    WhyWeKeepThis(List<PurposeDetails> purposes, SerializableSupplier<List<PurposeDetails>> register, Locale locale) {
        addClassName("my-data-why");
        // the line as one element (see Markup)
        Element line = Markup.root("p").addClass("my-data-why-summary");
        if (purposes.isEmpty()) {
            add(new Markup(line.text(getTranslation("mydata.why.none"))));
            return;
        }
        add(
                new Markup(line.text(summary(purposes))),
                new Folded(getTranslation("mydata.why.title"), () -> details(register.get(), new Formats(locale))));
    }

    /** "Used for 3 purposes · kept up to 2 years · shared with 3 recipients". */
    private String summary(List<PurposeDetails> purposes) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("mydata.why.used", purposes.size()));
        purposes.stream()
                .map(PurposeDetails::retentionMonths)
                .filter(Objects::nonNull)
                .max(Integer::compare)
                .ifPresent(months -> parts.add(
                        months % 12 == 0
                                ? getTranslation("mydata.why.kept.years", months / 12)
                                : getTranslation("mydata.why.kept.months", months)));
        long recipients = purposes.stream()
                .flatMap(purpose -> purpose.recipients().stream())
                .map(RecipientDetails::name)
                .distinct()
                .count();
        parts.add(getTranslation("mydata.why.shared", recipients));
        return String.join(" · ", parts);
    }

    private Div details(List<PurposeDetails> purposes, Formats formats) {
        Div details = new Div();
        for (PurposeDetails purpose : purposes) {
            DescriptionList facts = new DescriptionList();
            fact(
                    facts,
                    "mydata.why.legal-basis",
                    getTranslation(LEGAL_BASIS_PREFIX + purpose.legalBasis().name()));
            fact(facts, "mydata.why.recipients", recipients(purpose.recipients(), formats));
            fact(facts, "mydata.why.retention", purpose.retention());
            fact(facts, "mydata.why.source", purpose.source());
            details.add(new H4(purpose.name()), new Paragraph(purpose.description()), facts);
        }
        return details;
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
