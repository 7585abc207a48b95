package be.cloudgroup.privacy.ui.request;

import be.cloudgroup.privacy.register.CustomerControl;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.register.PurposeDetails;
import be.cloudgroup.privacy.register.RegisterService;
import be.cloudgroup.privacy.request.FileRequestCommand;
import be.cloudgroup.privacy.request.RequestDetails;
import be.cloudgroup.privacy.request.RequestRules;
import be.cloudgroup.privacy.request.RequestService;
import be.cloudgroup.privacy.request.RequestType;
import be.cloudgroup.privacy.request.RestrictionGround;
import be.cloudgroup.privacy.shared.InvalidValueException;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Files a request: the type, then only the fields it needs, and for each type in plain words what
 * will happen and what may be kept. The service checks everything again.
 */
class FileRequestForm extends Section {

    private final transient RequestService service;
    private final transient PortalI18NProvider i18n;
    private final Select<RequestType> type = new Select<>();
    private final Paragraph explanation = new Paragraph();
    private final Checkbox wholeAccount = new Checkbox();
    private final CheckboxGroup<DataCategory> categories = new CheckboxGroup<>();
    private final CheckboxGroup<String> purposes = new CheckboxGroup<>();
    private final Select<RestrictionGround> ground = new Select<>();
    private final TextArea text = new TextArea();
    private final Paragraph error = new Paragraph();
    /** The register's purposes by code, in register order: only their names (a tab keeps no register texts). */
    private final Map<String, String> purposeNames = new LinkedHashMap<>();
    /** The purposes one may object to. */
    private final Set<String> objectable = new HashSet<>();

    FileRequestForm(RequestService service, RegisterService registerService, PortalI18NProvider i18n) {
        this.service = service;
        this.i18n = i18n;
        for (PurposeDetails purpose :
                registerService.activePurposes(Language.of(getLocale()).orElse(Language.EN))) {
            purposeNames.put(purpose.code(), purpose.name());
            if (purpose.control() == CustomerControl.OBJECT) {
                objectable.add(purpose.code());
            }
        }
        setId("file-request");
        type.setId("request-type");
        type.setLabel(getTranslation("request.form.type"));
        type.setItems(RequestType.values());
        type.setItemLabelGenerator(value -> RequestLabels.type(this, value));
        type.addValueChangeListener(event -> show(event.getValue()));
        explanation.setId("request-explanation");
        wholeAccount.setId("request-whole-account");
        categories.setId("request-categories");
        categories.setLabel(getTranslation("request.form.categories"));
        categories.setItemLabelGenerator(category -> RequestLabels.category(this, category));
        purposes.setId("request-purposes");
        purposes.setLabel(getTranslation("request.form.purposes"));
        purposes.setItemLabelGenerator(code -> purposeNames.getOrDefault(code, code));
        ground.setId("request-ground");
        ground.setLabel(getTranslation("request.form.ground"));
        ground.setItemLabelGenerator(value -> getTranslation("request.ground." + value.name()));
        text.setId("request-text");
        text.setMaxLength(RequestRules.MAX_TEXT);
        text.setWidthFull();
        error.setId("request-error");
        error.addClassName("portal-error");
        Button file = new Button(getTranslation("request.form.file"), event -> file());
        file.setId("request-file");
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H2(getTranslation("request.form.heading")),
                type,
                explanation,
                wholeAccount,
                categories,
                purposes,
                ground,
                text,
                error,
                file);
        show(null);
    }

    private void show(RequestType selected) {
        error.setText("");
        explanation.setText(
                selected == null
                        ? getTranslation("request.form.choose")
                        : getTranslation("request.explain." + selected.name()));
        boolean withCategories = selected == RequestType.ERASURE || selected == RequestType.RESTRICTION;
        boolean withPurposes = selected == RequestType.OBJECTION || selected == RequestType.RESTRICTION;
        wholeAccount.setVisible(withCategories);
        wholeAccount.setLabel(getTranslation(
                selected == RequestType.RESTRICTION ? "request.form.restrict-all" : "request.form.whole-account"));
        // choices are built when a type first needs them: a tab that files none holds no checkbox per item
        categories.setVisible(withCategories);
        if (withCategories && categories.getListDataView().getItemCount() == 0) {
            categories.setItems(DataCategory.values());
        }
        purposes.setVisible(withPurposes);
        purposes.setItems(
                withPurposes
                        ? purposeNames.keySet().stream()
                                .filter(code -> selected != RequestType.OBJECTION || objectable.contains(code))
                                .toList()
                        : List.of());
        ground.setVisible(selected == RequestType.RESTRICTION);
        if (selected == RequestType.RESTRICTION && ground.getListDataView().getItemCount() == 0) {
            ground.setItems(RestrictionGround.values());
        }
        text.setVisible(selected != null);
        if (selected != null) {
            text.setLabel(getTranslation("request.form.text." + selected.name()));
        }
    }

    private void file() {
        RequestType selected = type.getValue();
        if (selected == null) {
            error.setText(getTranslation("request.form.choose"));
            return;
        }
        Set<DataCategory> chosen = categories.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(categories.getValue());
        FileRequestCommand command;
        try {
            command = switch (selected) {
                case ERASURE -> FileRequestCommand.erasure(wholeAccount.getValue(), chosen, text.getValue());
                case RESTRICTION ->
                    FileRequestCommand.restriction(
                            ground.getValue(), wholeAccount.getValue(), chosen, purposes.getValue(), text.getValue());
                case OBJECTION -> FileRequestCommand.objection(purposes.getValue(), text.getValue());
                case RECTIFICATION, COPY, DPO_QUESTION -> FileRequestCommand.inWords(selected, text.getValue());
            };
            RequestDetails filed = service.file(command);
            getUI().ifPresent(ui -> ui.navigate(
                    RequestView.class,
                    new RouteParameters(RequestView.REFERENCE, filed.reference().toString())));
        } catch (InvalidValueException e) {
            error.setText(i18n.message(e, getLocale()));
        }
    }
}
