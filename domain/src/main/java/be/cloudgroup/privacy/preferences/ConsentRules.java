package be.cloudgroup.privacy.preferences;

import be.cloudgroup.privacy.register.CustomerControl;

/**
 * Which decisions may be recorded. The decision must match the subject's control (consent is given
 * or withdrawn, a legitimate interest objected to or the objection lifted, a contract or
 * legal-obligation purpose takes no decision at all). An objection to direct marketing is absolute
 * (Art. 21(3)): only the customer can lift it, never staff. An e-mail link only restricts: it can
 * withdraw or object, never give consent or lift an objection (the link may have been forwarded).
 */
public final class ConsentRules {

    private ConsentRules() {}

    /**
     * @param control        the subject's control
     * @param absolute       whether an objection to the subject is absolute (direct marketing)
     * @throws DecisionRefusedException when the decision may not be recorded
     */
    public static void check(
            ConsentSubject subject, CustomerControl control, boolean absolute, Decision decision, DecisionMeans means) {
        if (control == CustomerControl.EXPLAINED_ONLY) {
            throw new DecisionRefusedException(
                    "preferences.refused.not-switchable",
                    "No decision can be recorded about " + subject.key() + ": it rests on contract or law");
        }
        if (decision.control() != control) {
            throw new DecisionRefusedException(
                    "preferences.refused.wrong-decision",
                    decision + " does not apply to " + subject.key() + ", which takes " + control);
        }
        if (absolute && decision == Decision.OBJECTION_LIFTED && means == DecisionMeans.STAFF_ON_REQUEST) {
            throw new DecisionRefusedException(
                    "preferences.refused.absolute-objection",
                    "Only the customer can lift an objection to direct marketing: " + subject.key());
        }
        if (means == DecisionMeans.EMAIL_LINK && !decision.restricts()) {
            throw new DecisionRefusedException(
                    "preferences.refused.link-only-restricts",
                    "An e-mail link can only withdraw or object, not " + decision);
        }
        if (means == DecisionMeans.MIGRATED) {
            throw new IllegalArgumentException("migrated decisions come from the database migration only");
        }
    }
}
