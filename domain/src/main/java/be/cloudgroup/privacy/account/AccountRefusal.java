package be.cloudgroup.privacy.account;

import java.util.Locale;

/**
 * Why an admin's change to an account is refused. Each is a clear sentence to the admin
 * ({@link #messageKey()}), never a database error; nothing is changed or audited.
 */
public enum AccountRefusal {
    /** An admin locking their own account would shut themself out. */
    SELF_LOCK,
    SELF_DISABLE,
    /** An admin taking the ADMIN role from themself. */
    SELF_DEMOTE,
    /** An admin unlinking the identity they are signed in with. */
    SELF_UNLINK,
    /** The change would leave no active account with the ADMIN role. */
    LAST_ADMIN,
    /** Staff roles on an account linked to a customer record: staff who are customers have two accounts. */
    STAFF_WITH_CUSTOMER,
    /** The CUSTOMER role needs a linked customer record. */
    CUSTOMER_WITHOUT_CUSTOMER,
    NO_ROLE,
    NOT_ACTIVE,
    NOT_LOCKED,
    NOT_DISABLED,
    ALREADY_DISABLED,
    NO_IDENTITY,
    /** The roles asked for are the ones the account already has. */
    UNCHANGED,
    EMAIL_TAKEN,
    UNKNOWN_CUSTOMER,
    CUSTOMER_HAS_ACCOUNT;

    /** The translation key of the sentence shown to the admin, e.g. {@code account.refused.self-lock}. */
    public String messageKey() {
        return "account.refused." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
