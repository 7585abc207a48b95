package be.cloudgroup.privacy.ui.assist;

import be.cloudgroup.privacy.assist.AssistService;
import be.cloudgroup.privacy.assist.AssistSession;
import be.cloudgroup.privacy.assist.AssistSessionFilter;
import be.cloudgroup.privacy.ui.layout.Formats;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The admin's view of open and past assist sessions, filtered by staff member and customer; open ones can be ended. */
@Route("admin/assist-sessions")
@Menu(title = "assist.nav.admin", order = 8.7, icon = "vaadin:handshake")
@RolesAllowed("ADMIN")
public class AssistSessionsView extends Page {

    private final transient AssistService assist;
    private final TextField staff = new TextField();
    private final TextField customer = new TextField();
    private final Checkbox openOnly = new Checkbox();
    private final Grid<AssistSession> sessions = new Grid<>();

    public AssistSessionsView(AssistService assist) {
        super("assist.admin.title");
        this.assist = assist;
        Formats formats = new Formats(getLocale());
        staff.setId("assist-filter-staff");
        staff.setLabel(getTranslation("assist.admin.filter.staff"));
        customer.setId("assist-filter-customer");
        customer.setLabel(getTranslation("assist.admin.filter.customer"));
        openOnly.setId("assist-filter-open");
        openOnly.setLabel(getTranslation("assist.admin.filter.open"));
        for (TextField field : new TextField[] {staff, customer}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(change -> load());
        }
        openOnly.addValueChangeListener(change -> load());
        sessions.setId("assist-sessions");
        sessions.addColumn(session -> formats.moment(session.startedAt()))
                .setHeader(getTranslation("assist.admin.started"));
        sessions.addColumn(AssistSession::staffName).setHeader(getTranslation("assist.admin.staff"));
        sessions.addColumn(session -> session.customerName() + " (" + session.customerNumber() + ")")
                .setHeader(getTranslation("assist.admin.customer"));
        sessions.addColumn(session ->
                        getTranslation("assist.mode." + session.mode().name()))
                .setHeader(getTranslation("assist.admin.mode"));
        sessions.addColumn(session -> session.reasonCategory() == null
                        ? getTranslation("assist.reason.with-code")
                        : getTranslation("assist.category."
                                        + session.reasonCategory().name()) + ": " + session.reason() + " ("
                                + session.ticket() + ")")
                .setHeader(getTranslation("assist.admin.reason"));
        sessions.addColumn(session -> formats.moment(session.endedAt() != null ? session.endedAt() : session.endsAt()))
                .setHeader(getTranslation("assist.admin.end"));
        sessions.addColumn(session -> session.endReason() == null
                        ? getTranslation("assist.admin.open")
                        : getTranslation("assist.end-reason."
                                        + session.endReason().name()) + " – " + session.endedBy())
                .setHeader(getTranslation("assist.admin.state"));
        sessions.addComponentColumn(this::endButton).setKey("end");
        sessions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        sessions.setAriaLabel(getTranslation("assist.admin.title"));
        sessions.setEmptyStateText(getTranslation("assist.admin.none"));
        Div filters = new Div(staff, customer, openOnly);
        filters.addClassName("portal-search");
        add(filters, sessions);
        load();
    }

    private com.vaadin.flow.component.Component endButton(AssistSession session) {
        if (session.endedAt() != null) {
            return new Span();
        }
        Button end = new Button(getTranslation("assist.admin.end-session"), click -> {
            assist.endAsAdmin(session.id());
            load();
        });
        end.setId("assist-admin-end-" + session.id());
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return end;
    }

    private void load() {
        AssistSessionFilter filter =
                new AssistSessionFilter(staff.getValue(), customer.getValue(), openOnly.getValue());
        sessions.setItems(query -> assist.list(filter, query.getOffset(), query.getLimit()).stream(), query ->
                (int) assist.count(filter));
    }
}
