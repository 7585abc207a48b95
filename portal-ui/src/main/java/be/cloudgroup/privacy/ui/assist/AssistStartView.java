package be.cloudgroup.privacy.ui.assist;

import be.cloudgroup.privacy.assist.AssistCustomerOverview;
import be.cloudgroup.privacy.assist.AssistReasonCategory;
import be.cloudgroup.privacy.assist.AssistRefusedException;
import be.cloudgroup.privacy.assist.AssistRules;
import be.cloudgroup.privacy.assist.AssistService;
import be.cloudgroup.privacy.assist.StartAssistCommand;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A customer's staff overview (number, name, type, city, status, open requests; nothing else)
 * and the two ways into an assist session: the code the customer reads out (may act), or a
 * reason category, a reason and a ticket (read-only). An unknown number is "not found".
 */
@Route("support/customer/:number")
@RolesAllowed({"SUPPORT", "ADMIN"})
public class AssistStartView extends Page implements BeforeEnterObserver {

    private static final List<Integer> LENGTHS = List.of(5, 10, 15, 30, 45, 60);

    private final transient AssistService assist;
    private final transient PortalI18NProvider translations;
    private final Div content = new Div();
    private CustomerNumber number;

    public AssistStartView(AssistService assist, PortalI18NProvider translations) {
        super("assist.start.title");
        this.assist = assist;
        this.translations = translations;
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("number").orElse("").toUpperCase(Locale.ROOT);
        if (!CustomerNumber.isValid(raw)) {
            throw new NotFoundException();
        }
        number = CustomerNumber.valueOf(raw);
        Optional<AssistCustomerOverview> overview;
        try {
            overview = assist.overview(number);
        } catch (AssistRefusedException refused) {
            content.add(new Paragraph(translations.message(refused, getLocale())));
            return;
        }
        show(overview.orElseThrow(NotFoundException::new));
    }

    private void show(AssistCustomerOverview customer) {
        content.removeAll();
        Div facts = new Div();
        facts.setId("assist-overview");
        facts.addClassName("assist-overview");
        fact(facts, "assist.overview.number", customer.customerNumber());
        fact(facts, "assist.overview.name", customer.displayName());
        fact(
                facts,
                "assist.overview.type",
                getTranslation("customer.type." + customer.type().name()));
        fact(facts, "assist.overview.city", customer.city());
        fact(
                facts,
                "assist.overview.status",
                getTranslation("customer.status." + customer.status().name()));
        fact(facts, "assist.overview.open-requests", Long.toString(customer.openRequests()));

        Select<Integer> length = new Select<>();
        length.setId("assist-length");
        length.setLabel(getTranslation("assist.start.length"));
        length.setItems(LENGTHS);
        length.setItemLabelGenerator(minutes -> getTranslation("assist.start.minutes", minutes));
        length.setValue((int) AssistRules.DEFAULT_LENGTH.toMinutes());

        TextField code = new TextField(getTranslation("assist.start.code"));
        code.setId("assist-code");
        code.setMaxLength(7);
        code.setAllowedCharPattern("[0-9 ]");
        code.setHelperText(getTranslation("assist.start.code.help"));
        Button withCode = new Button(
                getTranslation("assist.start.with-code"),
                click -> start(StartAssistCommand.withCode(number, code.getValue(), minutes(length)), code));
        withCode.setId("assist-start-with-code");
        withCode.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Select<AssistReasonCategory> category = new Select<>();
        category.setId("assist-category");
        category.setLabel(getTranslation("assist.start.category"));
        category.setItems(AssistReasonCategory.values());
        category.setItemLabelGenerator(value -> getTranslation("assist.category." + value.name()));
        TextArea reason = new TextArea(getTranslation("assist.start.reason"));
        reason.setId("assist-reason");
        reason.setMaxLength(AssistRules.REASON_MAX_LENGTH);
        TextField ticket = new TextField(getTranslation("assist.start.ticket"));
        ticket.setId("assist-ticket");
        ticket.setMaxLength(AssistRules.TICKET_MAX_LENGTH);
        Button withoutCode = new Button(
                getTranslation("assist.start.without-code"),
                click -> start(
                        StartAssistCommand.withoutCode(
                                number, category.getValue(), reason.getValue(), ticket.getValue(), minutes(length)),
                        reason));
        withoutCode.setId("assist-start-without-code");

        Div codeWay = new Div(
                new H2(getTranslation("assist.start.code.heading")),
                new Paragraph(getTranslation("assist.start.code.intro")),
                code,
                withCode);
        codeWay.addClassName("assist-way");
        Div reasonWay = new Div(
                new H2(getTranslation("assist.start.reason.heading")),
                new Paragraph(getTranslation("assist.start.reason.intro")),
                category,
                reason,
                ticket,
                withoutCode);
        reasonWay.addClassName("assist-way");
        content.add(facts, length, codeWay, reasonWay);
    }

    private void start(StartAssistCommand command, com.vaadin.flow.component.HasValidation field) {
        try {
            assist.start(command);
        } catch (AssistRefusedException refused) {
            field.setInvalid(true);
            field.setErrorMessage(translations.message(refused, getLocale()));
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    private static Duration minutes(Select<Integer> length) {
        return length.getValue() == null ? null : Duration.ofMinutes(length.getValue());
    }

    private void fact(Div facts, String key, String value) {
        Div row = new Div(
                new com.vaadin.flow.component.html.Span(getTranslation(key)),
                new com.vaadin.flow.component.html.Span(value));
        row.addClassName("assist-fact");
        facts.add(row);
    }
}
