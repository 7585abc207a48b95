package be.cloudgroup.privacy.ui.audit;

import be.cloudgroup.privacy.audit.Actor;
import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.AuditFilter;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.shared.InvalidValueException;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Consumer;

/**
 * The filters of the audit trail. Every valid change hands a new {@link AuditFilter} to the
 * listener; an invalid customer number or date range marks its field and changes nothing.
 */
class AuditFilterForm extends FormLayout {

    final TextField actor = new TextField();
    final TextField customer = new TextField();
    final Select<AuditAction> action = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();

    private final Consumer<AuditFilter> listener;
    private AuditFilter filter = AuditFilter.EVERYTHING;
    private boolean showing;

    AuditFilterForm(Consumer<AuditFilter> listener) {
        this.listener = listener;
        setId("audit-filter");
        actor.setId("audit-actor");
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setHelperText(getTranslation("audit.filter.actor.helper"));
        actor.setMaxLength(Actor.MAX_NAME_LENGTH);
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        customer.setId("audit-customer");
        customer.setLabel(getTranslation("audit.filter.customer"));
        customer.setMaxLength(CustomerNumber.MAX_LENGTH);
        customer.setClearButtonVisible(true);
        customer.setValueChangeMode(ValueChangeMode.LAZY);
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.filter.action"));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.filter.action.all"));
        action.setItemLabelGenerator(this::label);
        action.setItems(Arrays.stream(AuditAction.values())
                .sorted(Comparator.comparing(this::label))
                .toList());
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.filter.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.filter.to"));
        for (DatePicker date : new DatePicker[] {from, to}) {
            date.setLocale(getLocale());
            date.setClearButtonVisible(true);
        }
        for (HasValue<?, ?> field : new HasValue<?, ?>[] {actor, customer, action, from, to}) {
            field.addValueChangeListener(event -> changed());
        }
        add(actor, customer, action, from, to);
    }

    AuditFilter filter() {
        return filter;
    }

    /** Fills the fields (from the address) without telling the listener. */
    void show(AuditFilter shown) {
        showing = true;
        try {
            actor.setValue(shown.actor() == null ? "" : shown.actor());
            customer.setValue(shown.customer() == null ? "" : shown.customer().toString());
            action.setValue(shown.action());
            from.setValue(shown.from());
            to.setValue(shown.to());
        } finally {
            showing = false;
        }
        filter = shown;
    }

    String label(AuditAction value) {
        return value == null
                ? getTranslation("audit.filter.action.all")
                : getTranslation("audit.action." + value.name());
    }

    private void changed() {
        if (showing) {
            return;
        }
        CustomerNumber number = null;
        customer.setInvalid(false);
        to.setInvalid(false);
        actor.setInvalid(false);
        try {
            number = customer.getValue().isBlank() ? null : CustomerNumber.valueOf(customer.getValue());
        } catch (InvalidValueException e) {
            show(customer, e);
            return;
        }
        AuditFilter next;
        try {
            next = new AuditFilter(actor.getValue(), number, action.getValue(), from.getValue(), to.getValue());
        } catch (InvalidValueException e) {
            show(e.messageKey().endsWith("range") ? to : actor, e);
            return;
        }
        if (!next.equals(filter)) {
            filter = next;
            listener.accept(next);
        }
    }

    private void show(HasValue<?, ?> field, InvalidValueException error) {
        String message = getTranslation(error.messageKey(), error.arguments());
        if (field instanceof TextField text) {
            text.setErrorMessage(message);
            text.setInvalid(true);
        } else if (field instanceof DatePicker date) {
            date.setErrorMessage(message);
            date.setInvalid(true);
        }
    }
}
