package be.cloudgroup.privacy.account;

/** What became of a sign-in: a portal session for an active account, or a refusal with its reason. */
public sealed interface SignInResult {

    record SignedIn(AccountPrincipal principal) implements SignInResult {
    }

    record Refused(Reason reason) implements SignInResult {
    }

    enum Reason {
        /** No portal account belongs to this identity (and none waits for its verified e-mail). */
        NO_ACCOUNT,
        LOCKED,
        DISABLED,
        /** The account exists but gives no access yet: no role, or a customer role without a customer. */
        NO_ACCESS,
        /** An open session whose account's roles were changed by an admin: sign in again. */
        ROLES_CHANGED
    }
}
