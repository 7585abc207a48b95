package be.cloudgroup.privacy.account;

/**
 * What a portal account may do. Roles live in the portal's database and are managed by admins;
 * the identity provider only authenticates and never grants a role.
 */
public enum Role {
    /** A data subject: sees and controls their own data only. */
    CUSTOMER,
    /** Helpdesk agent: finds customers and helps them through audited assist sessions. */
    SUPPORT,
    /** Privacy and account administrator, also acting as DPO. */
    ADMIN;

    /** The Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
