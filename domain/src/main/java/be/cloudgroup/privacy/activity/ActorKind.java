package be.cloudgroup.privacy.activity;

/** Who did something, seen from the customer: they themself, a staff member, or the portal. */
public enum ActorKind {
    SELF,
    STAFF,
    SYSTEM
}
