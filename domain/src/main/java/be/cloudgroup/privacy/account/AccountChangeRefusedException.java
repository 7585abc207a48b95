package be.cloudgroup.privacy.account;

import be.cloudgroup.privacy.shared.InvalidValueException;

/** An admin's change to an account that a guardrail refuses; nothing was changed. */
public class AccountChangeRefusedException extends InvalidValueException {

    private final AccountRefusal refusal;

    public AccountChangeRefusedException(AccountRefusal refusal) {
        super(refusal.messageKey(), "Account change refused: " + refusal.name());
        this.refusal = refusal;
    }

    public AccountRefusal refusal() {
        return refusal;
    }
}
