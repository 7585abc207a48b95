package be.cloudgroup.privacy.policy;

import be.cloudgroup.privacy.shared.Language;
import java.time.Instant;

/**
 * A version of the statement as a reader gets it.
 *
 * @param language the language of {@code text}: the one asked for, or Dutch (the original) when
 *                 the version has no translation in that language
 */
public record PolicyStatement(int version, Instant publishedAt, boolean material, Language language, PolicyText text) {}
