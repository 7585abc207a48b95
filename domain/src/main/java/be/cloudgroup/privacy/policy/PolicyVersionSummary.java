package be.cloudgroup.privacy.policy;

import be.cloudgroup.privacy.shared.Language;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A published version without its texts.
 *
 * @param publishedAt from this moment on the version is in force
 * @param material    customers must acknowledge a material version
 * @param publishedBy the admin who published it; empty for the statement the portal started with
 * @param languages   the languages the version has a text in
 */
public record PolicyVersionSummary(
        int version,
        Instant publishedAt,
        boolean material,
        @Nullable String publishedBy,
        Set<Language> languages) {

    public PolicyVersionSummary {
        languages = Set.copyOf(languages);
    }

    public Optional<String> publisher() {
        return Optional.ofNullable(publishedBy);
    }
}
