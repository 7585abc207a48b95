package be.cloudgroup.privacy.ui.audit;

import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.AuditFilter;
import be.cloudgroup.privacy.audit.AuditService;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The administrators' audit trail: every audit event, filtered by actor, subject customer, action
 * and days, paged lazily from the database, with a CSV export of the filtered set. The filter is
 * in the address ({@code ?actor=…&customer=CG…&action=…&from=…&to=…}), so a view can be linked.
 */
@Route(AuditView.ROUTE)
@Menu(title = "audit.nav", order = 8.5, icon = "vaadin:records")
@RolesAllowed("ADMIN")
public class AuditView extends Page implements BeforeEnterObserver {

    static final String ROUTE = "admin/audit";

    private final AuditService audit;
    private final AuditFilterForm form = new AuditFilterForm(this::filter);
    private final AuditGrid grid;
    private final Span count = new Span();

    public AuditView(AuditService audit) {
        super("audit.title");
        this.audit = audit;
        this.grid = new AuditGrid(audit);
        count.setId("audit-count");
        Button export = new Button(getTranslation("audit.export"), VaadinIcon.DOWNLOAD.create(), click -> export());
        export.setId("audit-export");
        HorizontalLayout bar = new HorizontalLayout(count, export);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(paragraph("audit.intro"), form, bar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AuditFilter shown = fromAddress(event.getLocation().getQueryParameters());
        form.show(shown);
        grid.filter(shown);
        showCount(shown);
    }

    private void filter(AuditFilter next) {
        grid.filter(next);
        showCount(next);
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(null, new Location(ROUTE, QueryParameters.simple(toAddress(next)))));
    }

    private void showCount(AuditFilter shown) {
        count.setText(getTranslation("audit.count", audit.count(shown)));
    }

    private void export() {
        String ticket = audit.requestExport(form.filter());
        getUI().ifPresent(ui -> ui.getPage()
                .executeJs("window.location.assign($0)", contextPath() + AuditExportController.EXPORT + ticket));
    }

    /** The filter an address names; a part that does not parse is left out. */
    static AuditFilter fromAddress(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        try {
            return new AuditFilter(
                    first(values, "actor", Function.identity()),
                    first(
                            values,
                            "customer",
                            text -> CustomerNumber.isValid(text) ? CustomerNumber.valueOf(text) : null),
                    first(values, "action", AuditView::action),
                    first(values, "from", AuditView::date),
                    first(values, "to", AuditView::date));
        } catch (IllegalArgumentException e) {
            return AuditFilter.EVERYTHING;
        }
    }

    static Map<String, String> toAddress(AuditFilter filter) {
        Map<String, String> values = new LinkedHashMap<>();
        Optional.ofNullable(filter.actor()).ifPresent(actor -> values.put("actor", actor));
        Optional.ofNullable(filter.customer()).ifPresent(customer -> values.put("customer", customer.toString()));
        Optional.ofNullable(filter.action()).ifPresent(action -> values.put("action", action.name()));
        Optional.ofNullable(filter.from()).ifPresent(from -> values.put("from", from.toString()));
        Optional.ofNullable(filter.to()).ifPresent(to -> values.put("to", to.toString()));
        return values;
    }

    private static <T> T first(Map<String, List<String>> values, String name, Function<String, T> parse) {
        List<String> found = values.get(name);
        return found == null || found.isEmpty() || found.get(0).isBlank() ? null : parse.apply(found.get(0));
    }

    private static AuditAction action(String text) {
        try {
            return AuditAction.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String contextPath() {
        return VaadinService.getCurrentRequest() == null
                ? ""
                : VaadinService.getCurrentRequest().getContextPath();
    }
}
