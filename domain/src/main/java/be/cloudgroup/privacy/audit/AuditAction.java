package be.cloudgroup.privacy.audit;

/** What an audit event records. Features add their actions here. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_REFUSED,
    IDENTITY_LINKED,
    ACCOUNT_CREATED,
    CONTACT_DETAILS_CORRECTED,
    CONTACT_CHANGE_REQUESTED,
    CONTACT_CHANGE_CONFIRMED,
    RECTIFICATION_REQUESTED,
    FOREIGN_REFERENCE_REFUSED,
    POLICY_VERSION_PUBLISHED,
    POLICY_ACKNOWLEDGED
}
