package be.cloudgroup.privacy.ui.request;

import be.cloudgroup.privacy.request.ErasurePlan;
import be.cloudgroup.privacy.request.RequestRules;
import be.cloudgroup.privacy.request.RequestService;
import be.cloudgroup.privacy.shared.InvalidValueException;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import be.cloudgroup.privacy.ui.layout.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The erasure plan, from the register of processing, table by table: what is deleted, what is kept
 * restricted, for which legal obligation and until when; executing it completes the request.
 */
class ErasurePlanPanel extends Section {

    ErasurePlanPanel(RequestService service, PortalI18NProvider i18n, String reference, Runnable refresh) {
        setId("erasure-plan");
        ErasurePlan plan = service.erasurePlan(reference);
        Formats formats = new Formats(getLocale());
        Grid<ErasurePlan.Step> steps = new Grid<>();
        steps.setId("erasure-steps");
        steps.addColumn(ErasurePlan.Step::table).setHeader(getTranslation("request.erasure.table"));
        steps.addColumn(step -> RequestLabels.category(this, step.category()))
                .setHeader(getTranslation("request.erasure.category"));
        steps.addColumn(ErasurePlan.Step::rows).setHeader(getTranslation("request.erasure.rows"));
        steps.addColumn(step ->
                        getTranslation("request.erasure.action." + step.action().name()))
                .setHeader(getTranslation("request.erasure.action"));
        steps.addColumn(step -> getTranslation(step.reasonKey())
                        + (step.keptFor().isEmpty() ? "" : " (" + String.join(", ", step.keptFor()) + ")"))
                .setHeader(getTranslation("request.erasure.why"));
        steps.addColumn(step -> step.keptUntil() == null ? "" : formats.date(step.keptUntil()))
                .setHeader(getTranslation("request.erasure.until"));
        steps.setItems(plan.steps());
        steps.setAllRowsVisible(true);
        TextArea explanation = new TextArea(getTranslation("request.erasure.explanation"));
        explanation.setId("erasure-explanation");
        explanation.setMaxLength(RequestRules.MAX_TEXT);
        explanation.setWidthFull();
        explanation.setValue(getTranslation("request.erasure.explanation-default"));
        Paragraph error = new Paragraph();
        error.addClassName("portal-error");
        Button execute = new Button(getTranslation("request.erasure.execute"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    getTranslation("request.erasure.execute"),
                    getTranslation(plan.endsAccount() ? "request.erasure.confirm-account" : "request.erasure.confirm"),
                    getTranslation("request.erasure.execute"),
                    confirmed -> {
                        try {
                            service.executeErasure(reference, explanation.getValue());
                            refresh.run();
                        } catch (InvalidValueException e) {
                            error.setText(i18n.message(e, getLocale()));
                        }
                    });
            confirm.setId("erasure-confirm");
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("request.page.cancel"));
            confirm.open();
        });
        execute.setId("erasure-execute");
        execute.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        add(
                new H3(getTranslation("request.erasure.heading")),
                new Paragraph(getTranslation("request.erasure.intro")),
                steps,
                explanation,
                error,
                execute);
    }
}
