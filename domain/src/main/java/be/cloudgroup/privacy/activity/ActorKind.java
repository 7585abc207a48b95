package be.cloudgroup.privacy.activity;

/**
 * Who did something, seen from the customer: they themself, a staff member, the portal, or another
 * portal account (someone who presented the customer's download link), which stays unnamed.
 */
public enum ActorKind {
    SELF,
    STAFF,
    SYSTEM,
    OTHER_ACCOUNT
}
