package be.cloudgroup.privacy.preferences;

import java.util.Objects;

/**
 * One condition of an audience, evaluated on the ledger at an instant: either the latest decision
 * about the subject must be GIVEN ({@link #consentGiven}), or it must not be a restriction, WITHDRAWN
 * or OBJECTED ({@link #notRestricted}; no decision at all satisfies it), or, for a purpose, no
 * restriction of processing granted on a privacy request (Art. 18, or what an erasure keeps) may
 * cover the purpose or the whole customer ({@link #noProcessingRestriction}).
 */
public record AudienceRule(ConsentSubject subject, Kind kind) {

    /** How the rule reads its subject. */
    public enum Kind {
        CONSENT_GIVEN,
        NOT_RESTRICTED,
        NO_PROCESSING_RESTRICTION
    }

    public AudienceRule {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.NO_PROCESSING_RESTRICTION && !(subject instanceof ConsentSubject.Purpose)) {
            throw new IllegalArgumentException("a processing restriction is about a purpose: " + subject.key());
        }
    }

    public static AudienceRule consentGiven(ConsentSubject subject) {
        return new AudienceRule(subject, Kind.CONSENT_GIVEN);
    }

    public static AudienceRule notRestricted(ConsentSubject subject) {
        return new AudienceRule(subject, Kind.NOT_RESTRICTED);
    }

    /** Neither the purpose nor everything about the customer is restricted (Art. 18). */
    public static AudienceRule noProcessingRestriction(ConsentSubject purpose) {
        return new AudienceRule(purpose, Kind.NO_PROCESSING_RESTRICTION);
    }

    public boolean consentRequired() {
        return kind == Kind.CONSENT_GIVEN;
    }

    /** The purpose code of a {@link Kind#NO_PROCESSING_RESTRICTION} rule. */
    public String purposeCode() {
        if (subject instanceof ConsentSubject.Purpose purpose) {
            return purpose.code();
        }
        throw new IllegalStateException("not about a purpose: " + subject.key());
    }
}
