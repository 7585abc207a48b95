package be.cloudgroup.privacy.correction;

import be.cloudgroup.privacy.account.RateLimiter;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new e-mail address or mobile number takes effect only when the customer enters the one-time
 * code sent to it. Codes have six digits, expire after {@link #VALIDITY}, allow
 * {@link #MAX_ATTEMPTS} tries in a day (a new code keeps the count of wrong ones), and only the latest
 * request per channel counts. Sending is throttled per customer and per address or number
 * ({@link CodeThrottle}) and by the account's {@link RateLimiter}; a confirmed new e-mail address is
 * announced to the old one ({@link ContactChangeNotifier}). The code is never
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
    private final CodeRequests sent;
    private final ContactChangeNotifier notifier;
    private final RateLimiter limiter;

    public ContactVerificationService(
            ContactVerifications verifications,
            ContactDetailsStore store,
            CodeMessenger messenger,
            Auditor auditor,
            Clock clock,
            CurrentSubject subject,
            CodeRequests sent,
            ContactChangeNotifier notifier,
            RateLimiter limiter) {
        this.subject = subject;
        this.sent = sent;
        this.notifier = notifier;
        this.limiter = limiter;
        this.verifications = verifications;
        this.store = store;
        this.messenger = messenger;
        this.auditor = auditor;
        this.clock = clock;
    }

    /**
     * Sends a code to the new address; throws {@code InvalidValueException} if it is not valid,
     * {@link CodeRefusedException} when too many codes were sent lately.
     */
    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"})
    @Transactional(isolation = Isolation.READ_COMMITTED) // reads after the row lock see what the one before wrote
    public void requestEmailChange(String newEmail) {
        request(ContactChannel.EMAIL, EmailAddress.valueOf(newEmail).toString());
    }

    /** Sends a code by SMS to the new mobile; throws {@code InvalidValueException} if it is not valid. */
    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"})
    @Transactional(isolation = Isolation.READ_COMMITTED) // reads after the row lock see what the one before wrote
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
            // kept, with its count of wrong codes, until a new code replaces it
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
        if (channel == ContactChannel.EMAIL && old != null && !old.equalsIgnoreCase(pending.newValue())) {
            notifier.emailChanged(old, pending.newValue(), before.language());
        }
        return VerificationResult.CONFIRMED;
    }

    private void request(ContactChannel channel, String newValue) {
        long customerId =
                subject.require(AssistOperation.CHANGE_EMAIL_OR_MOBILE).customerId();
        limiter.acquire();
        ContactDetails details = store.find(customerId).orElseThrow();
        Instant now = clock.instant();
        Instant dayAgo = now.minus(CodeThrottle.LONGEST);
        String target = CodeThrottle.digest(newValue);
        // first, as it locks the customer's row: parallel requests of one customer run one after the other
        List<Instant> toCustomer = sent.sentToCustomerSince(customerId, dayAgo);
        // wrong codes of the last day count against the new code too: re-issuing never resets them
        int attemptsLeft = verifications
                .find(customerId, channel)
                .filter(earlier -> earlier.expiresAt().minus(VALIDITY).isAfter(dayAgo))
                .map(PendingVerification::attemptsLeft)
                .orElse(MAX_ATTEMPTS);
        if (attemptsLeft <= 0 || !CodeThrottle.allows(toCustomer, sent.sentToTargetSince(target, dayAgo), now)) {
            throw new CodeRefusedException();
        }
        sent.record(customerId, channel, target, now);
        String code = OneTimeCode.generate();
        verifications.replace(
                customerId,
                new PendingVerification(channel, newValue, OneTimeCode.hash(code), now.plus(VALIDITY), attemptsLeft));
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
