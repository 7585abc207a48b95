package be.cloudgroup.privacy.ui.request;

import be.cloudgroup.privacy.request.RequestDetails;
import be.cloudgroup.privacy.ui.layout.Formats;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;

/** The signed-in customer's requests, newest first, each with its status, clock and a link to its page. */
class PrivacyRequestsPanel extends Section {

    PrivacyRequestsPanel(List<RequestDetails> requests, Locale locale) {
        setId("my-requests");
        add(new H2(getTranslation("request.mine.heading")));
        if (requests.isEmpty()) {
            add(new Paragraph(getTranslation("request.mine.none")));
        }
        Formats formats = new Formats(locale);
        for (RequestDetails request : requests) {
            RouterLink link = new RouterLink(
                    request.reference().toString(),
                    RequestView.class,
                    new RouteParameters(
                            RequestView.REFERENCE, request.reference().toString()));
            Article article = new Article(
                    new H3(
                            link,
                            new com.vaadin.flow.component.html.Span(" – " + RequestLabels.type(this, request.type()))),
                    new Paragraph(getTranslation("request.mine.status", RequestLabels.status(this, request.status()))),
                    new Paragraph(
                            request.daysLeft() == null
                                    ? getTranslation("request.mine.dates-closed", formats.moment(request.receivedAt()))
                                    : getTranslation(
                                            "request.mine.dates",
                                            formats.moment(request.receivedAt()),
                                            formats.date(request.dueOn()),
                                            RequestLabels.daysLeft(this, request.daysLeft()))));
            article.addClassName("privacy-request");
            add(article);
        }
    }
}
