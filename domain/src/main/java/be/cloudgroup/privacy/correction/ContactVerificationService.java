package be.cloudgroup.privacy.correction;

import be.cloudgroup.privacy.assist.AssistOperation;
import be.cloudgroup.privacy.assist.CurrentSubject;
import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.Auditor;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.customer.PhoneNumber;
import be.cloudgroup.privacy.shared.OneTimeCode;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new e-mail address or mobile number takes effect only when the customer enters the one-time
 * code sent to it. Codes have six digits, expire after {@link #VALIDITY}, allow
 * {@link #MAX_ATTEMPTS} tries, and only the latest request per channel counts. The code is never
 * stored or logged in clear; the audit records the request and the confirmed change. Never done by
 * staff in an assist session (refused by {@link CurrentSubject}); staff may only see what is pending.
 */
@Service
@Transactional
public class ContactVerificationService {

    public static final Duration VALIDITY = Duration.ofMinutes(15);
    public static final int MAX_ATTEMPTS = 5;

    private final ContactVerifications verifications;
    private final ContactDetailsStore store;
    private final CodeMessenger messenger;
    private final Auditor auditor;
    private final Clock clock;
    private final CurrentSubject subject;

    public ContactVerificationService(
            ContactVerifications verifications,
            ContactDetailsStore store,
            CodeMessenger messenger,
            Auditor auditor,
            Clock clock,
            CurrentSubject subject) {
        this.subject = subject;
        this.verifications = verifications;
        this.store = store;
        this.messenger = messenger;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** Sends a code to the new address; throws {@code InvalidValueException} if it is not valid. */
    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"})
    public void requestEmailChange(String newEmail) {
        request(ContactChannel.EMAIL, EmailAddress.valueOf(newEmail).toString());
    }

    /** Sends a code by SMS to the new mobile; throws {@code InvalidValueException} if it is not valid. */
    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"})
    public void requestMobileChange(String newMobile) {
        request(ContactChannel.SMS, PhoneNumber.valueOf(newMobile).toString());
    }

    /** The value waiting for confirmation on the channel, if a code is still usable. */
    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"})
    @Transactional(readOnly = true)
    public Optional<String> pending(ContactChannel channel) {
        return verifications
                .find(subject.customerId(), channel)
                .filter(this::usable)
                .map(PendingVerification::newValue);
    }

    /** Checks the code; a right code stores the new value, a wrong one uses an attempt. */
    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"})
    public VerificationResult confirm(ContactChannel channel, String code) {
        long customerId =
                subject.require(AssistOperation.CHANGE_EMAIL_OR_MOBILE).customerId();
        Optional<PendingVerification> found = verifications.find(customerId, channel);
        if (found.isEmpty()) {
            return VerificationResult.NOTHING_PENDING;
        }
        PendingVerification pending = found.get();
        if (!usable(pending)) {
            verifications.remove(customerId, channel);
            return VerificationResult.EXPIRED;
        }
        if (!OneTimeCode.matches(code, pending.codeHash())) {
            verifications.useAttempt(customerId, channel);
            return VerificationResult.WRONG_CODE;
        }
        ContactDetails before = store.find(customerId).orElseThrow();
        String old;
        if (channel == ContactChannel.EMAIL) {
            old = before.email();
            store.changeEmail(customerId, EmailAddress.valueOf(pending.newValue()));
        } else {
            old = before.mobile();
            store.changeMobile(customerId, PhoneNumber.valueOf(pending.newValue()));
        }
        verifications.remove(customerId, channel);
        String field = channel == ContactChannel.EMAIL ? "email" : "mobile";
        auditor.record(
                AuditAction.CONTACT_CHANGE_CONFIRMED,
                customerId,
                CorrectionService.TARGET_TYPE,
                before.customerNumber(),
                Map.of(field, "\"" + old + "\" → \"" + pending.newValue() + "\""));
        return VerificationResult.CONFIRMED;
    }

    private void request(ContactChannel channel, String newValue) {
        long customerId =
                subject.require(AssistOperation.CHANGE_EMAIL_OR_MOBILE).customerId();
        ContactDetails details = store.find(customerId).orElseThrow();
        String code = OneTimeCode.generate();
        Instant expiresAt = clock.instant().plus(VALIDITY);
        verifications.replace(
                customerId,
                new PendingVerification(channel, newValue, OneTimeCode.hash(code), expiresAt, MAX_ATTEMPTS));
        auditor.record(
                AuditAction.CONTACT_CHANGE_REQUESTED,
                customerId,
                CorrectionService.TARGET_TYPE,
                details.customerNumber(),
                Map.of("channel", channel.name()));
        messenger.send(CodeMessenger.Purpose.CONTACT_CHANGE, channel, newValue, code, details.language());
    }

    private boolean usable(PendingVerification pending) {
        return OneTimeCode.usable(pending.attemptsLeft(), pending.expiresAt(), clock.instant());
    }
}
