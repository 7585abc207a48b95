package be.cloudgroup.privacy.ui.request;

import be.cloudgroup.privacy.request.PrivacyRequest;
import be.cloudgroup.privacy.request.RequestService;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The signed-in customer's rectification requests with their status, for the requests page. */
class PrivacyRequestsPanel extends Section {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    PrivacyRequestsPanel(RequestService service) {
        setId("rectification-requests");
        add(new H2(getTranslation("correction.requests.heading")));
        List<PrivacyRequest> requests = service.myRequests();
        if (requests.isEmpty()) {
            add(new Paragraph(getTranslation("correction.requests.none")));
        }
        Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        for (PrivacyRequest request : requests) {
            String proposed = request.proposedValues().entrySet().stream()
                    .filter(entry -> !entry.getValue().isEmpty())
                    .map(entry -> getTranslation("correction.requests.field." + entry.getKey()) + ": " + entry.getValue())
                    .collect(Collectors.joining(", "));
            Article article = new Article(new H3(getTranslation("correction.requests.type")),
                    new Paragraph(getTranslation("correction.requests.status",
                            getTranslation("correction.requests.status." + request.status().toLowerCase(Locale.ROOT)))),
                    new Paragraph(getTranslation("correction.requests.dates",
                            dates.format(request.submittedAt().atZone(BRUSSELS)),
                            dates.format(request.dueAt().atZone(BRUSSELS)))),
                    new Paragraph(getTranslation("correction.requests.proposed", proposed)));
            article.addClassName("rectification-request");
            add(article);
        }
    }
}
