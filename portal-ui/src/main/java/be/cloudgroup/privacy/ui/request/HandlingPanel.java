package be.cloudgroup.privacy.ui.request;

import be.cloudgroup.privacy.request.RefusalGround;
import be.cloudgroup.privacy.request.RequestClock;
import be.cloudgroup.privacy.request.RequestDetails;
import be.cloudgroup.privacy.request.RequestRules;
import be.cloudgroup.privacy.request.RequestService;
import be.cloudgroup.privacy.request.RequestStatus;
import be.cloudgroup.privacy.request.RequestType;
import be.cloudgroup.privacy.shared.InvalidValueException;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A handler's steps on an open request: assign to me, change status, message the customer, the one
 * extension, and closing with an outcome (a refusal with its ground). Each is one service call;
 * a refused step shows the rule's reason.
 */
class HandlingPanel extends Section {

    private final transient RequestService service;
    private final transient PortalI18NProvider i18n;
    private final String reference;
    private final transient Runnable refresh;
    private final Paragraph error = new Paragraph();

    HandlingPanel(RequestService service, PortalI18NProvider i18n, RequestDetails request, Runnable refresh) {
        this.service = service;
        this.i18n = i18n;
        this.reference = request.reference().toString();
        this.refresh = refresh;
        setId("request-handling");
        error.setId("handling-error");
        error.addClassName("portal-error");
        Button assign =
                new Button(getTranslation("request.handle.assign"), click -> act(() -> service.assignToMe(reference)));
        assign.setId("handling-assign");
        add(new H3(getTranslation("request.handle.heading")), error, assign, statusForm(request), replyForm());
        if (request.extensionMonths() == 0) {
            add(extensionForm());
        }
        add(closeForm(request));
    }

    private Div statusForm(RequestDetails request) {
        Select<RequestStatus> status = new Select<>();
        status.setId("handling-status");
        status.setLabel(getTranslation("request.handle.status"));
        status.setItems(List.of(RequestStatus.IN_PROGRESS, RequestStatus.WAITING_FOR_CUSTOMER).stream()
                .filter(value -> value != request.status())
                .toList());
        status.setItemLabelGenerator(value -> RequestLabels.status(this, value));
        Button change = new Button(
                getTranslation("request.handle.change-status"),
                click -> act(() -> {
                    if (status.getValue() != null) {
                        service.changeStatus(reference, status.getValue());
                    }
                }));
        change.setId("handling-change-status");
        return new Div(status, change);
    }

    private Div replyForm() {
        TextArea text = new TextArea(getTranslation("request.handle.reply"));
        text.setId("handling-reply");
        text.setMaxLength(RequestRules.MAX_TEXT);
        text.setWidthFull();
        Button send = new Button(
                getTranslation("request.handle.send"), click -> act(() -> service.reply(reference, text.getValue())));
        send.setId("handling-send");
        return new Div(text, send);
    }

    private Div extensionForm() {
        Select<Integer> months = new Select<>();
        months.setId("handling-extension-months");
        months.setLabel(getTranslation("request.handle.extension-months"));
        months.setItems(IntStream.rangeClosed(1, RequestClock.MAX_EXTENSION_MONTHS)
                .boxed()
                .toList());
        months.setValue(1);
        TextArea reason = new TextArea(getTranslation("request.handle.extension-reason"));
        reason.setId("handling-extension-reason");
        reason.setMaxLength(RequestRules.MAX_TEXT);
        reason.setWidthFull();
        Button extend = new Button(
                getTranslation("request.handle.extend"),
                click -> act(() -> service.extend(reference, months.getValue(), reason.getValue())));
        extend.setId("handling-extend");
        return new Div(new Paragraph(getTranslation("request.handle.extension-intro")), months, reason, extend);
    }

    private Div closeForm(RequestDetails request) {
        Select<RequestStatus> outcome = new Select<>();
        outcome.setId("handling-outcome");
        outcome.setLabel(getTranslation("request.handle.outcome"));
        outcome.setItems(
                request.type() == RequestType.ERASURE
                        ? List.of(RequestStatus.REFUSED)
                        : List.of(RequestStatus.COMPLETED, RequestStatus.PARTIALLY_COMPLETED, RequestStatus.REFUSED));
        outcome.setItemLabelGenerator(value -> RequestLabels.status(this, value));
        Select<RefusalGround> ground = new Select<>();
        ground.setId("handling-ground");
        ground.setLabel(getTranslation("request.handle.ground"));
        ground.setItems(RefusalGround.values());
        ground.setItemLabelGenerator(value -> getTranslation("request.refusal." + value.name()));
        ground.setVisible(false);
        outcome.addValueChangeListener(event -> ground.setVisible(event.getValue() == RequestStatus.REFUSED));
        TextArea explanation = new TextArea(getTranslation("request.handle.explanation"));
        explanation.setId("handling-explanation");
        explanation.setMaxLength(RequestRules.MAX_TEXT);
        explanation.setWidthFull();
        Button close = new Button(
                getTranslation("request.handle.close"),
                click -> act(() -> {
                    if (outcome.getValue() == null) {
                        throw new InvalidValueException("request.handle.choose-outcome", "Choose an outcome");
                    }
                    service.close(
                            reference,
                            outcome.getValue(),
                            outcome.getValue() == RequestStatus.REFUSED ? ground.getValue() : null,
                            explanation.getValue());
                }));
        close.setId("handling-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(
                new H3(getTranslation("request.handle.close-heading")),
                new Paragraph(getTranslation("request.handle.close-intro")),
                outcome,
                ground,
                explanation,
                close);
    }

    private void act(Runnable step) {
        try {
            step.run();
            refresh.run();
        } catch (InvalidValueException e) {
            error.setText(i18n.message(e, getLocale()));
        }
    }
}
