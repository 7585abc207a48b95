package be.cloudgroup.privacy.account;

import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.shared.InvalidValueException;
import java.util.Optional;

/**
 * A completed authentication at the identity provider, to be turned into a portal session.
 * Accounts are keyed on issuer + subject; the e-mail only links a first sign-in to a
 * pre-created account, and only when the provider says it is verified.
 *
 * @param ipAddress the client address; stored truncated only
 * @param userAgent the browser's user agent; stored shortened
 * @param invitationToken the one-time token of the invitation this sign-in accepts, or {@code null}
 */
public record SignInCommand(
        String issuer,
        String subject,
        String email,
        boolean emailVerified,
        String ipAddress,
        String userAgent,
        String invitationToken) {

    static final int IDENTITY_MAX_LENGTH = 255;

    public SignInCommand {
        requireIdentityPart(issuer, "issuer");
        requireIdentityPart(subject, "subject");
    }

    /** A sign-in that accepts no invitation. */
    public SignInCommand(
            String issuer, String subject, String email, boolean emailVerified, String ipAddress, String userAgent) {
        this(issuer, subject, email, emailVerified, ipAddress, userAgent, null);
    }

    public Optional<String> invitation() {
        return Optional.ofNullable(invitationToken).filter(token -> !token.isBlank());
    }

    /** The verified e-mail, if the provider sent a valid one. */
    public Optional<EmailAddress> verifiedEmail() {
        if (!emailVerified || email == null || !EmailAddress.isValid(email)) {
            return Optional.empty();
        }
        return Optional.of(EmailAddress.valueOf(email));
    }

    private static void requireIdentityPart(String value, String name) {
        if (value == null || value.isBlank() || value.length() > IDENTITY_MAX_LENGTH) {
            throw new InvalidValueException(
                    "validation.sign-in.identity", "The identity provider sent no usable " + name);
        }
    }
}
