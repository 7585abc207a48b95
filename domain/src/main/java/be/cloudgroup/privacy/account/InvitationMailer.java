package be.cloudgroup.privacy.account;

import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.shared.Language;
import java.time.Instant;

/** Sends an invitation e-mail with its one-time link. Never logs the token. */
public interface InvitationMailer {

    void send(EmailAddress to, String displayName, String token, Language language, Instant expiresAt);
}
