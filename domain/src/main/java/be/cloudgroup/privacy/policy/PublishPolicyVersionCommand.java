package be.cloudgroup.privacy.policy;

import be.cloudgroup.privacy.shared.InvalidValueException;
import be.cloudgroup.privacy.shared.Language;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An admin's new version of the statement. Blank texts count as missing. Dutch (the original) is
 * required; every language present has both the statement and its "what changed" summary.
 *
 * @param texts       the statement (Markdown) per language
 * @param summaries   what changed since the previous version, per language
 * @param inForceFrom when the version takes effect; {@code null} means at once
 */
public record PublishPolicyVersionCommand(
        Map<Language, String> texts,
        Map<Language, String> summaries,
        boolean material,
        @Nullable Instant inForceFrom) {

    public static final int TEXT_MAX_LENGTH = 100_000;
    public static final int SUMMARY_MAX_LENGTH = 2_000;

    public PublishPolicyVersionCommand {
        texts = present(texts);
        summaries = present(summaries);
        if (!texts.containsKey(Language.NL)) {
            throw new InvalidValueException("policy.validation.dutch-required", "The Dutch statement is required");
        }
        for (Language language : Language.values()) {
            if (texts.containsKey(language) != summaries.containsKey(language)) {
                throw new InvalidValueException(
                        "policy.validation.incomplete-language",
                        "A language needs both the statement and the summary of changes",
                        language.name());
            }
        }
        if (texts.values().stream().anyMatch(text -> text.length() > TEXT_MAX_LENGTH)) {
            throw new InvalidValueException(
                    "policy.validation.text-too-long", "A statement is too long", TEXT_MAX_LENGTH);
        }
        if (summaries.values().stream().anyMatch(summary -> summary.length() > SUMMARY_MAX_LENGTH)) {
            throw new InvalidValueException(
                    "policy.validation.summary-too-long", "A summary is too long", SUMMARY_MAX_LENGTH);
        }
    }

    /** The languages the version has no text in. */
    public Set<Language> missingLanguages() {
        Set<Language> missing = EnumSet.allOf(Language.class);
        missing.removeAll(texts.keySet());
        return missing;
    }

    Map<Language, PolicyText> policyTexts() {
        Map<Language, PolicyText> result = new EnumMap<>(Language.class);
        texts.forEach((language, text) -> result.put(language, new PolicyText(text, summaries.get(language))));
        return result;
    }

    Optional<Instant> requestedStart() {
        return Optional.ofNullable(inForceFrom);
    }

    private static Map<Language, String> present(Map<Language, String> values) {
        Map<Language, String> result = new EnumMap<>(Language.class);
        if (values != null) {
            values.forEach((language, value) -> {
                if (language != null && value != null && !value.isBlank()) {
                    result.put(language, value.strip());
                }
            });
        }
        return Map.copyOf(result);
    }
}
