package be.cloudgroup.privacy.policy;

import be.cloudgroup.privacy.audit.Actor;
import be.cloudgroup.privacy.shared.Language;
import java.time.Instant;
import java.util.Map;

/** What the port stores when an admin publishes: the version number is the port's to give. */
public record NewPolicyVersion(
        Instant publishedAt, boolean material, Map<Language, PolicyText> texts, Actor publishedBy) {

    public NewPolicyVersion {
        texts = Map.copyOf(texts);
    }
}
