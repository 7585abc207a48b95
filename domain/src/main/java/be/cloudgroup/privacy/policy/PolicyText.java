package be.cloudgroup.privacy.policy;

import org.jspecify.annotations.Nullable;

/**
 * The statement of one version in one language.
 *
 * @param text          the full statement in Markdown (rendered without any raw HTML)
 * @param changeSummary what changed since the previous version; {@code null} for version 1
 */
public record PolicyText(String text, @Nullable String changeSummary) {}
