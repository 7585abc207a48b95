package be.cloudgroup.privacy.ui.request;

import be.cloudgroup.privacy.request.Particulars;
import be.cloudgroup.privacy.request.RequestDetails;
import be.cloudgroup.privacy.request.RequestEvent;
import be.cloudgroup.privacy.request.RequestStatus;
import be.cloudgroup.privacy.ui.layout.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Map;

/**
 * One request as both its customer and its handler read it: the facts and the clock, what was
 * asked, the timeline with the messages, and once closed the outcome, which for a refusal always
 * names the complaint route (GBA/APD) and the DPO. Every text is shown as text.
 */
class RequestDetailsPanel extends Section {

    RequestDetailsPanel(RequestDetails request, Locale locale, String dpoEmail) {
        setId("request-details");
        Formats formats = new Formats(locale);
        H2 heading = new H2(request.reference() + " – " + RequestLabels.type(this, request.type()));
        heading.setId("request-heading");
        Span status = new Span(RequestLabels.status(this, request.status()));
        status.setId("request-status");
        status.addClassNames(
                "request-status", "request-status-" + request.status().name().toLowerCase(Locale.ROOT));
        add(
                heading,
                new Paragraph(new Span(getTranslation("request.details.status") + " "), status),
                new Paragraph(getTranslation("request.details.received", formats.moment(request.receivedAt()))));
        Paragraph due = new Paragraph(
                request.daysLeft() == null
                        ? getTranslation("request.details.due", formats.date(request.dueOn()))
                        : getTranslation(
                                "request.details.due-in",
                                formats.date(request.dueOn()),
                                RequestLabels.daysLeft(this, request.daysLeft())));
        due.setId("request-due");
        add(due);
        if (request.extensionMonths() > 0) {
            Paragraph extension = new Paragraph(
                    getTranslation("request.details.extended", request.extensionMonths(), request.extensionReason()));
            extension.setId("request-extension");
            add(extension);
        }
        if (request.assigneeName() != null) {
            add(new Paragraph(getTranslation("request.details.assignee", request.assigneeName())));
        }
        add(asked(request.particulars()));
        if (request.closing() != null) {
            add(outcome(request.closing(), formats, dpoEmail));
        }
        add(timeline(request, formats));
    }

    private Div asked(Map<String, String> particulars) {
        Div asked = new Div(new H3(getTranslation("request.details.asked")));
        asked.setId("request-asked");
        if (Particulars.wholeAccount(particulars)) {
            asked.add(new Paragraph(getTranslation("request.details.whole-account")));
        }
        if (particulars.containsKey(Particulars.CATEGORIES)) {
            asked.add(new Paragraph(getTranslation(
                    "request.details.categories",
                    String.join(
                            ", ",
                            Particulars.categories(particulars).stream()
                                    .map(c -> RequestLabels.category(this, c))
                                    .toList()))));
        }
        if (particulars.containsKey(Particulars.PURPOSES)) {
            asked.add(new Paragraph(getTranslation(
                    "request.details.purposes",
                    String.join(
                            ", ",
                            Particulars.purposes(particulars).stream().sorted().toList()))));
        }
        if (particulars.containsKey(Particulars.GROUND)) {
            asked.add(new Paragraph(getTranslation(
                    "request.details.ground",
                    getTranslation("request.ground." + particulars.get(Particulars.GROUND)))));
        }
        if (particulars.containsKey(Particulars.COMPANY_NAME)) {
            asked.add(new Paragraph(getTranslation(
                    "request.details.company",
                    particulars.get(Particulars.COMPANY_NAME),
                    particulars.getOrDefault(Particulars.VAT_NUMBER, ""))));
        }
        if (particulars.containsKey(Particulars.TEXT)) {
            Paragraph text = new Paragraph(particulars.get(Particulars.TEXT));
            text.addClassName("request-text");
            asked.add(text);
        }
        return asked;
    }

    private Div outcome(RequestEvent closing, Formats formats, String dpoEmail) {
        Div outcome = new Div(new H3(getTranslation("request.outcome.heading")));
        outcome.setId("request-outcome");
        RequestStatus status = closing.status();
        outcome.add(new Paragraph(getTranslation(
                "request.outcome.closed", RequestLabels.status(this, status), formats.moment(closing.at()))));
        if (closing.ground() != null) {
            outcome.add(new Paragraph(getTranslation(
                    "request.outcome.ground",
                    getTranslation("request.refusal." + closing.ground().name()))));
        }
        if (closing.text() != null) {
            Paragraph text = new Paragraph(closing.text());
            text.addClassName("request-text");
            outcome.add(text);
        }
        if (status != RequestStatus.WITHDRAWN) {
            Paragraph rights = new Paragraph(getTranslation("request.outcome.complaint", dpoEmail));
            rights.setId("request-complaint-route");
            outcome.add(rights);
        }
        return outcome;
    }

    private Div timeline(RequestDetails request, Formats formats) {
        OrderedList list = new OrderedList();
        list.setId("request-timeline");
        for (RequestEvent event : request.timeline()) {
            ListItem item = new ListItem();
            item.addClassNames(
                    "request-event", "request-event-" + event.kind().name().toLowerCase(Locale.ROOT));
            String who = event.byStaff()
                    ? getTranslation("request.timeline.staff", event.actorName())
                    : getTranslation("request.timeline.customer");
            item.add(new Span(formats.moment(event.at()) + " · " + who + " · " + describe(event)));
            if (event.kind() == RequestEvent.Kind.MESSAGE && event.text() != null) {
                Paragraph text = new Paragraph(event.text());
                text.addClassName("request-message");
                item.add(text);
            }
            list.add(item);
        }
        return new Div(new H3(getTranslation("request.timeline.heading")), list);
    }

    private String describe(RequestEvent event) {
        return switch (event.kind()) {
            case FILED -> getTranslation("request.timeline.filed");
            case STATUS_CHANGED ->
                getTranslation("request.timeline.status", RequestLabels.status(this, event.status()));
            case ASSIGNED -> getTranslation("request.timeline.assigned");
            case EXTENDED -> getTranslation("request.timeline.extended", event.months());
            case MESSAGE -> getTranslation("request.timeline.message");
            case CLOSED -> getTranslation("request.timeline.closed", RequestLabels.status(this, event.status()));
            case WITHDRAWN -> getTranslation("request.timeline.withdrawn");
        };
    }
}
