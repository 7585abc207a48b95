package be.cloudgroup.privacy.ui.audit;

import be.cloudgroup.privacy.audit.AuditEventSummary;
import be.cloudgroup.privacy.audit.AuditFilter;
import be.cloudgroup.privacy.audit.AuditService;
import be.cloudgroup.privacy.ui.layout.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Lazy grid of audit events: one count and one page query per page the browser scrolls to. */
class AuditGrid extends Grid<AuditEventSummary> {

    static final int PAGE_SIZE = 50;

    private AuditFilter filter = AuditFilter.EVERYTHING;

    AuditGrid(AuditService audit) {
        setId("audit-events");
        // seconds matter in an audit trail
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(Formats.BELGIUM);
        addColumn(event -> time.format(event.occurredAt()))
                .setKey("time")
                .setHeader(getTranslation("audit.column.time"));
        addColumn(this::action).setKey("action").setHeader(getTranslation("audit.column.action"));
        addColumn(this::actor).setKey("actor").setHeader(getTranslation("audit.column.actor"));
        addColumn(this::customer).setKey("customer").setHeader(getTranslation("audit.column.customer"));
        addColumn(AuditGrid::target).setKey("target").setHeader(getTranslation("audit.column.target"));
        addColumn(event -> details(event.details()))
                .setKey("details")
                .setHeader(getTranslation("audit.column.details"))
                .setFlexGrow(2);
        getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setPageSize(PAGE_SIZE);
        setHeight("65vh");
        setAriaLabel(getTranslation("audit.title"));
        setItems(query -> audit.page(filter, query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, audit.count(filter)));
    }

    void filter(AuditFilter next) {
        filter = next;
        getDataProvider().refreshAll();
    }

    String action(AuditEventSummary event) {
        // AuditLabelsTest keeps a label for every current AuditAction; rows of a renamed or retired
        // action still read as text, never as "!key!"
        String label = getTranslation("audit.action." + event.action());
        return label.startsWith("!") ? getTranslation("audit.action.other", event.action()) : label;
    }

    String actor(AuditEventSummary event) {
        return event.onBehalfOfName() == null
                ? event.actorName()
                : getTranslation("audit.actor.assisted", event.actorName(), event.onBehalfOfName());
    }

    String customer(AuditEventSummary event) {
        if (event.subjectErased()) {
            return getTranslation("audit.customer.erased");
        }
        return event.subjectCustomerNumber() == null ? "" : event.subjectCustomerNumber();
    }

    static String target(AuditEventSummary event) {
        return event.targetId() == null ? event.targetType() : event.targetType() + " " + event.targetId();
    }

    static String details(Map<String, String> details) {
        return new TreeMap<>(details)
                .entrySet().stream()
                        .map(detail -> detail.getKey() + ": " + detail.getValue())
                        .collect(Collectors.joining(", "));
    }
}
