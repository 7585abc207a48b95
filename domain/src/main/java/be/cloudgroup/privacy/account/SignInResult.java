package be.cloudgroup.privacy.account;

/** What became of a sign-in: a portal session for an active account, or a refusal with its reason. */
public sealed interface SignInResult {

    record SignedIn(AccountPrincipal principal) implements SignInResult {}

    record Refused(Reason reason) implements SignInResult {}

    enum Reason {
        /** No portal account belongs to this identity (and none waits for its verified e-mail). */
        NO_ACCOUNT,
        LOCKED,
        DISABLED,
        /** The account exists but gives no access yet: no role, or a customer role without a customer. */
        NO_ACCESS,
        /** An open session whose account's roles were changed by an admin: sign in again. */
        ROLES_CHANGED,
        /** An admin ended the session ("sign out everywhere", an unlinked identity). */
        SESSION_ENDED,
        /** The session reached its maximum lifetime ({@code portal.session.max-lifetime}): sign in again. */
        SESSION_EXPIRED,
        /** The invitation link is unknown, expired or already used. */
        INVITATION_INVALID,
        /** The identity accepting an invitation already belongs to another portal account. */
        IDENTITY_IN_USE
    }
}
