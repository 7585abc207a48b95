package be.cloudgroup.privacy.ui.policy;

import be.cloudgroup.privacy.policy.PublishPolicyVersionCommand;
import be.cloudgroup.privacy.shared.InvalidValueException;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.layout.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The next version: the statement and "what changed" per language (Dutch required; the form says
 * which languages are missing), the material flag and, optionally, a later moment to take effect.
 */
class PublishPolicyForm extends Section {

    private final Map<Language, TextArea> texts = new EnumMap<>(Language.class);
    private final Map<Language, TextArea> summaries = new EnumMap<>(Language.class);
    private final Checkbox material = new Checkbox();
    private final DateTimePicker inForceFrom = new DateTimePicker();
    private final Paragraph missing = new Paragraph();
    private final Paragraph error = new Paragraph();

    PublishPolicyForm(Consumer<PublishPolicyVersionCommand> publish) {
        addClassName("portal-card");
        for (Language language : Language.values()) {
            TextArea text = area("policy.admin.text", language, PublishPolicyVersionCommand.TEXT_MAX_LENGTH);
            text.setId("text-" + language.code());
            TextArea summary = area("policy.admin.summary", language, PublishPolicyVersionCommand.SUMMARY_MAX_LENGTH);
            summary.setId("summary-" + language.code());
            texts.put(language, text);
            summaries.put(language, summary);
            add(new H3(getTranslation("language." + language.code())), text, summary);
        }
        material.setId("material");
        material.setLabel(getTranslation("policy.admin.material"));
        material.setHelperText(getTranslation("policy.admin.material.help"));
        inForceFrom.setId("in-force-from");
        inForceFrom.setLabel(getTranslation("policy.admin.in-force-from"));
        inForceFrom.setHelperText(getTranslation("policy.admin.in-force-from.help"));
        missing.setId("missing-languages");
        error.setId("publish-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Button button = new Button(getTranslation("policy.admin.publish"), click -> submit(publish));
        button.setId("publish");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(material, inForceFrom, missing, error, button);
        showMissing();
    }

    private TextArea area(String key, Language language, int maxLength) {
        TextArea area = new TextArea(getTranslation(key, getTranslation("language." + language.code())));
        area.setMaxLength(maxLength);
        area.setWidthFull();
        area.addValueChangeListener(change -> showMissing());
        return area;
    }

    private void showMissing() {
        Set<Language> absent = texts.entrySet().stream()
                .filter(entry -> entry.getValue().getValue().isBlank())
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        if (absent.contains(Language.NL)) {
            missing.setText(getTranslation("policy.admin.dutch-required"));
        } else if (absent.isEmpty()) {
            missing.setText(getTranslation("policy.admin.all-languages"));
        } else {
            missing.setText(getTranslation(
                    "policy.admin.missing",
                    absent.stream()
                            .sorted()
                            .map(language -> getTranslation("language." + language.code()))
                            .collect(Collectors.joining(", "))));
        }
    }

    private void submit(Consumer<PublishPolicyVersionCommand> publish) {
        error.setText("");
        try {
            publish.accept(
                    new PublishPolicyVersionCommand(values(texts), values(summaries), material.getValue(), start()));
            texts.values().forEach(TextArea::clear);
            summaries.values().forEach(TextArea::clear);
            material.clear();
            inForceFrom.clear();
        } catch (InvalidValueException invalid) {
            error.setText(getTranslation(invalid.messageKey(), invalid.arguments()));
        }
    }

    private Instant start() {
        LocalDateTime chosen = inForceFrom.getValue();
        return chosen == null ? null : chosen.atZone(Formats.BELGIUM).toInstant();
    }

    private static Map<Language, String> values(Map<Language, TextArea> fields) {
        Map<Language, String> values = new EnumMap<>(Language.class);
        fields.forEach((language, field) -> values.put(language, field.getValue()));
        return values;
    }
}
