package be.cloudgroup.privacy.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four languages the portal speaks: Belgium's three official languages plus English. */
public enum Language {
    NL,
    FR,
    DE,
    EN;

    public Locale locale() {
        return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The portal language for a locale, if it is one of ours. */
    public static Optional<Language> of(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(language -> language.code().equals(locale.getLanguage()))
                .findFirst();
    }
}
