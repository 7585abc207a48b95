package be.cloudgroup.privacy.account;

/** No account has this public id (or the id is malformed); views show "not found". */
public class AccountNotFoundException extends RuntimeException {

    public AccountNotFoundException() {
        super("No such account");
    }
}
