package be.cloudgroup.privacy.ui.request;

import be.cloudgroup.privacy.request.QueueEntry;
import be.cloudgroup.privacy.request.QueueFilter;
import be.cloudgroup.privacy.request.RequestService;
import be.cloudgroup.privacy.request.RequestStatus;
import be.cloudgroup.privacy.request.RequestType;
import be.cloudgroup.privacy.ui.layout.Formats;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * The request queue for handlers: filter by type, status, assignee and due; always sorted by days
 * left, overdue and due-within-7-days rows marked.
 */
@Route("staff/requests")
@Menu(title = "request.nav.queue", order = 7.5, icon = "vaadin:inbox")
@RolesAllowed({"SUPPORT", "ADMIN"})
public class RequestQueueView extends Page {

    private final transient RequestService service;
    private final Select<RequestType> type = new Select<>();
    private final Select<RequestStatus> status = new Select<>();
    private final Select<QueueFilter.Assignee> assignee = new Select<>();
    private final Select<QueueFilter.Due> due = new Select<>();
    private final Grid<QueueEntry> grid = new Grid<>();

    public RequestQueueView(RequestService service) {
        super("request.queue.title");
        this.service = service;
        Formats formats = new Formats(getLocale());
        type.setId("queue-type");
        type.setLabel(getTranslation("request.queue.type"));
        type.setItems(RequestType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("request.queue.any"));
        type.setItemLabelGenerator(
                value -> value == null ? getTranslation("request.queue.any") : RequestLabels.type(this, value));
        status.setId("queue-status");
        status.setLabel(getTranslation("request.queue.status"));
        status.setItems(RequestStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("request.queue.open"));
        status.setItemLabelGenerator(
                value -> value == null ? getTranslation("request.queue.open") : RequestLabels.status(this, value));
        assignee.setId("queue-assignee");
        assignee.setLabel(getTranslation("request.queue.assignee"));
        assignee.setItems(QueueFilter.Assignee.values());
        assignee.setEmptySelectionAllowed(true);
        assignee.setEmptySelectionCaption(getTranslation("request.queue.anyone"));
        assignee.setItemLabelGenerator(value -> value == null
                ? getTranslation("request.queue.anyone")
                : getTranslation("request.queue.assignee." + value.name()));
        due.setId("queue-due");
        due.setLabel(getTranslation("request.queue.due"));
        due.setItems(QueueFilter.Due.values());
        due.setEmptySelectionAllowed(true);
        due.setEmptySelectionCaption(getTranslation("request.queue.any"));
        due.setItemLabelGenerator(value -> value == null
                ? getTranslation("request.queue.any")
                : getTranslation("request.queue.due." + value.name()));
        type.addValueChangeListener(event -> refresh());
        status.addValueChangeListener(event -> refresh());
        assignee.addValueChangeListener(event -> refresh());
        due.addValueChangeListener(event -> refresh());

        grid.setId("request-queue");
        grid.addColumn(new ComponentRenderer<>(entry -> new RouterLink(
                        entry.reference().toString(),
                        RequestHandlingView.class,
                        new RouteParameters(
                                RequestView.REFERENCE, entry.reference().toString()))))
                .setHeader(getTranslation("request.queue.reference"))
                .setAutoWidth(true);
        grid.addColumn(entry -> RequestLabels.type(this, entry.type())).setHeader(getTranslation("request.queue.type"));
        grid.addColumn(entry -> RequestLabels.status(this, entry.status()))
                .setHeader(getTranslation("request.queue.status"));
        grid.addColumn(QueueEntry::customerNumber).setHeader(getTranslation("request.queue.customer"));
        grid.addColumn(entry -> formats.date(entry.dueOn())).setHeader(getTranslation("request.queue.due-on"));
        grid.addColumn(new ComponentRenderer<>(entry -> {
                    Span days = new Span(entry.status().isOpen() ? RequestLabels.daysLeft(this, entry.daysLeft()) : "");
                    if (entry.overdue()) {
                        days.addClassName("request-overdue");
                        days.getElement().getThemeList().add("badge error");
                    } else if (entry.dueSoon()) {
                        days.addClassName("request-due-soon");
                        days.getElement().getThemeList().add("badge contrast");
                    }
                    return days;
                }))
                .setHeader(getTranslation("request.queue.days-left"));
        grid.addColumn(entry -> entry.assigneeName() == null ? "" : entry.assigneeName())
                .setHeader(getTranslation("request.queue.assignee"));
        grid.setClassNameGenerator(
                entry -> entry.overdue() ? "request-row-overdue" : entry.dueSoon() ? "request-row-due-soon" : null);
        grid.setAllRowsVisible(true);
        add(new HorizontalLayout(type, status, assignee, due), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(service.queue(
                new QueueFilter(type.getValue(), status.getValue(), assignee.getValue(), due.getValue())));
    }

    static String css(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
