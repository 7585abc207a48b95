package be.cloudgroup.privacy.assist;

/**
 * What a request tries to do for the customer while a staff member assists them. Each service
 * names its operation; {@link AssistRules#checkOperation} decides. Outside an assist session
 * (the customer themself) every operation is the customer's own and allowed.
 */
public enum AssistOperation {
    /** Looking at the customer's pages: every session may. */
    READ(Kind.READ),
    CORRECT_CONTACT_DETAILS(Kind.CHANGE),
    GIVE_OR_WITHDRAW_CONSENT(Kind.CHANGE),
    OBJECT(Kind.CHANGE),
    FILE_REQUEST(Kind.CHANGE),
    DOWNLOAD_ARCHIVE(Kind.FORBIDDEN),
    CHANGE_EMAIL_OR_MOBILE(Kind.FORBIDDEN),
    LIFT_OBJECTION(Kind.FORBIDDEN),
    ACKNOWLEDGE_POLICY(Kind.FORBIDDEN),
    CREATE_ACCESS_CODE(Kind.FORBIDDEN),
    /** Staff or admin tools (search, another session, account administration) while assisting. */
    STAFF_TOOLS(Kind.FORBIDDEN);

    enum Kind {
        READ,
        CHANGE,
        FORBIDDEN
    }

    private final Kind kind;

    AssistOperation(Kind kind) {
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    /** Whether no assist session may ever do this, whatever its mode. */
    public boolean forbiddenInSession() {
        return kind == Kind.FORBIDDEN;
    }
}
