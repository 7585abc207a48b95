package be.cloudgroup.privacy.preferences;

import java.util.Objects;

/**
 * One condition of an audience, evaluated on the ledger at an instant: either the latest decision
 * about the subject must be GIVEN ({@link #consentGiven}), or it must not be a restriction, WITHDRAWN
 * or OBJECTED ({@link #notRestricted}; no decision at all satisfies it).
 */
public record AudienceRule(ConsentSubject subject, boolean consentRequired) {

    public AudienceRule {
        Objects.requireNonNull(subject, "subject");
    }

    public static AudienceRule consentGiven(ConsentSubject subject) {
        return new AudienceRule(subject, true);
    }

    public static AudienceRule notRestricted(ConsentSubject subject) {
        return new AudienceRule(subject, false);
    }
}
