package be.cloudgroup.privacy.account;

import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.shared.InvalidValueException;
import be.cloudgroup.privacy.shared.Language;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An admin invites someone to a new account: the invitee gets an e-mail in {@code language} with
 * a one-time link. A customer number links the account to that customer (then the only role is
 * CUSTOMER); staff accounts never name one.
 *
 * @param customerNumber {@code null} for none
 */
public record InviteCommand(
        EmailAddress email,
        String displayName,
        Set<Role> roles,
        CustomerNumber customerNumber,
        Language language,
        ChangeReason reason) {

    public static final int DISPLAY_NAME_MAX_LENGTH = 120;

    public InviteCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(reason, "reason");
        displayName = displayName == null ? "" : displayName.strip();
        if (displayName.isEmpty() || displayName.length() > DISPLAY_NAME_MAX_LENGTH) {
            throw new InvalidValueException(
                    "account.invite.name-required",
                    "A display name of at most " + DISPLAY_NAME_MAX_LENGTH + " characters is required");
        }
        roles = Set.copyOf(roles);
    }

    public Optional<CustomerNumber> customer() {
        return Optional.ofNullable(customerNumber);
    }
}
