package be.cloudgroup.privacy.policy;

import be.cloudgroup.privacy.shared.Language;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Port to the published versions of the privacy statement with their texts. A published version
 * is never changed: a correction is a new version. (Which version is in force at a moment is
 * {@link PolicyVersions}.)
 */
public interface PolicyPublications {

    /** The latest material version published at or before {@code at}, if any. */
    OptionalInt materialInForce(Instant at);

    /** One version, if it has been published (now or for a later moment). */
    Optional<PolicyVersionSummary> find(int version);

    /** Every version, newest first (there are only a few). */
    List<PolicyVersionSummary> all();

    /** The texts of a version per language; Dutch is always among them. */
    Map<Language, PolicyText> texts(int version);

    /**
     * Stores the version after the latest one with its texts.
     *
     * @return the number the new version got
     */
    int publish(NewPolicyVersion version);
}
