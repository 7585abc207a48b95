package be.cloudgroup.privacy.activation;

import be.cloudgroup.privacy.account.SignInCommand;
import be.cloudgroup.privacy.customer.EmailAddress;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An identity the provider authenticated and the portal has no account for: the one who may
 * activate an account. Accounts are keyed on issuer + subject; the e-mail only serves as the
 * account's e-mail when the customer record has none, and only when the provider verified it.
 */
public record ActivationIdentity(
        String issuer, String subject, @Nullable String email, boolean emailVerified) {

    public ActivationIdentity {
        // the same rules as a sign-in's identity
        new SignInCommand(issuer, subject, email, emailVerified, null, null);
    }

    Optional<EmailAddress> verifiedEmail() {
        return new SignInCommand(issuer, subject, email, emailVerified, null, null).verifiedEmail();
    }
}
