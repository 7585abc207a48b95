package be.cloudgroup.privacy.ui.i18n;

import be.cloudgroup.privacy.shared.InvalidValueException;
import be.cloudgroup.privacy.shared.Language;
import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every text the user reads, from the bundles in {@code vaadin-i18n/} ({@link #BUNDLES}) in Dutch,
 * French, German and English.
 * There is no default bundle: a missing key shows as {@code !key!} and is logged; a test keeps the
 * four languages complete.
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    /** Shared screens, value-object errors, then one bundle per feature (so features do not collide). */
    public static final List<String> BUNDLES = List.of(
            "vaadin-i18n/translations",
            "vaadin-i18n/validation",
            "vaadin-i18n/dashboard",
            "vaadin-i18n/account",
            "vaadin-i18n/activation",
            "vaadin-i18n/support",
            "vaadin-i18n/request",
            "vaadin-i18n/mydata",
            "vaadin-i18n/correction",
            "vaadin-i18n/activity",
            "vaadin-i18n/preferences",
            "vaadin-i18n/unsubscribe",
            "vaadin-i18n/policy",
            "vaadin-i18n/download",
            "vaadin-i18n/audit",
            "vaadin-i18n/assist",
            "vaadin-i18n/intake");

    private static final Logger log = LoggerFactory.getLogger(PortalI18NProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** English first: a browser asking for none of our languages gets English. */
    @Override
    public List<Locale> getProvidedLocales() {
        return Stream.concat(
                        Stream.of(Language.EN), Arrays.stream(Language.values()).filter(l -> l != Language.EN))
                .map(Language::locale)
                .toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = Language.of(locale).orElse(Language.EN).locale();
        for (String bundle : BUNDLES) {
            ResourceBundle messages = ResourceBundle.getBundle(bundle, language, NO_FALLBACK);
            if (messages.containsKey(key)) {
                String pattern = messages.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
            }
        }
        log.warn("Missing translation {} for {}", key, language);
        return "!" + key + "!";
    }

    /** Whether a text exists (the four languages have the same keys, a test sees to that). */
    public boolean has(String key) {
        return BUNDLES.stream()
                .anyMatch(bundle -> ResourceBundle.getBundle(bundle, Language.EN.locale(), NO_FALLBACK)
                        .containsKey(key));
    }

    /** The message of a validation error, in the given language. */
    public String message(InvalidValueException error, Locale locale) {
        return getTranslation(error.messageKey(), locale, error.arguments());
    }
}
