package be.cloudgroup.privacy.activation;

import be.cloudgroup.privacy.account.Accounts;
import be.cloudgroup.privacy.account.InviteCommand;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.audit.Actor;
import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.Auditor;
import be.cloudgroup.privacy.correction.CodeMessenger;
import be.cloudgroup.privacy.correction.ContactChannel;
import be.cloudgroup.privacy.correction.ContactDetails;
import be.cloudgroup.privacy.correction.ContactDetailsStore;
import be.cloudgroup.privacy.correction.ContactVerificationService;
import be.cloudgroup.privacy.customer.CustomerDirectory;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.customer.CustomerType;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.customer.PhoneNumber;
import be.cloudgroup.privacy.shared.OneTimeCode;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A customer's own road to a portal account. An identity the provider authenticated, without a
 * portal account, gives a customer number; a one-time code goes to the e-mail address (or else the
 * mobile number) on file for that customer, never to one typed here; the right code creates an
 * active account with the CUSTOMER role only, linked to that customer and to the identity. Staff
 * accounts never come this way (an admin invites them).
 *
 * <p>From outside, every number looks the same: a masked hint of where a code went (a stored
 * decoy when none went: unknown number, already activated, too many codes to that customer), the
 * same work on the way (a code made and hashed, a pending row written, the message sent after
 * the commit off the caller's thread), and later "wrong code" for any code but the one sent.
 * Codes follow the correction's rules ({@link ContactVerificationService#VALIDITY},
 * {@link ContactVerificationService#MAX_ATTEMPTS}); an identity may ask {@link #REQUESTS_PER_WINDOW}
 * times and a customer receive {@link #CODES_PER_WINDOW} codes per {@link #WINDOW}.
 *
 * <p>Runs before the person has a portal session ({@code @PermitAll}): the identity comes from
 * the completed OIDC sign-in the web layer kept, never from what the page sends.
 */
@Service
public class ActivationService {

    public static final Duration WINDOW = Duration.ofHours(1);
    public static final int REQUESTS_PER_WINDOW = 5;
    public static final int CODES_PER_WINDOW = 3;

    static final String TARGET_TYPE = "activation";
    private static final String ACCOUNT_TARGET = "account";
    private static final System.Logger LOG = System.getLogger(ActivationService.class.getName());

    /** What became of a request, for the audit trail only. */
    enum Outcome {
        CODE_SENT,
        UNKNOWN_NUMBER,
        ALREADY_ACTIVATED,
        TOO_MANY_CODES,
        NO_CONTACT_DETAILS,
        TOO_MANY_REQUESTS
    }

    private final ActivationCodes codes;
    private final CustomerDirectory customers;
    private final ContactDetailsStore contacts;
    private final Accounts accounts;
    private final CodeMessenger messenger;
    private final Auditor auditor;
    private final Clock clock;

    public ActivationService(
            ActivationCodes codes,
            CustomerDirectory customers,
            ContactDetailsStore contacts,
            Accounts accounts,
            CodeMessenger messenger,
            Auditor auditor,
            Clock clock) {
        this.codes = codes;
        this.customers = customers;
        this.contacts = contacts;
        this.accounts = accounts;
        this.messenger = messenger;
        this.auditor = auditor;
        this.clock = clock;
    }

    /**
     * Sends a code to the contact details on file for the customer number, if it belongs to a
     * customer without a portal account; the answer is the same either way.
     *
     * @throws be.cloudgroup.privacy.shared.InvalidValueException if the number is malformed (its
     *     check digit is public knowledge, so this tells nothing about customers)
     * @throws IllegalStateException if the identity already has an account
     */
    @PermitAll // before the person has a portal session; the identity comes from the completed OIDC sign-in
    @Transactional
    public ActivationAnswer request(ActivationIdentity identity, String customerNumber) {
        CustomerNumber number = CustomerNumber.valueOf(customerNumber);
        requireNoAccount(identity);
        Instant now = clock.instant();
        codes.forgetIdle(now.minus(WINDOW), now);
        Actor actor = actor(identity);
        if (codes.countRequest(identity.issuer(), identity.subject(), now, now.minus(WINDOW)) > REQUESTS_PER_WINDOW) {
            auditor.record(
                    actor,
                    AuditAction.ACTIVATION_REQUESTED,
                    null,
                    TARGET_TYPE,
                    null,
                    details(identity, Outcome.TOO_MANY_REQUESTS));
            return new ActivationAnswer.TooManyRequests();
        }
        Optional<Long> customerId = customers.idOf(number);
        Optional<ContactDetails> details = customerId.flatMap(contacts::find);
        Optional<Destination> destination = details.flatMap(ActivationService::destination);
        Outcome outcome;
        if (customerId.isEmpty()) {
            outcome = Outcome.UNKNOWN_NUMBER;
        } else if (accounts.customerHasAccount(customerId.get())) {
            outcome = Outcome.ALREADY_ACTIVATED;
        } else if (destination.isEmpty()) {
            outcome = Outcome.NO_CONTACT_DETAILS;
        } else if (codes.requestsForCustomerSince(customerId.get(), now.minus(WINDOW)) >= CODES_PER_WINDOW) {
            outcome = Outcome.TOO_MANY_CODES;
        } else {
            outcome = Outcome.CODE_SENT;
        }
        boolean sending = outcome == Outcome.CODE_SENT;
        String code = OneTimeCode.generate();
        codes.replaceCode(
                identity.issuer(),
                identity.subject(),
                new ActivationCodes.Pending(
                        sending ? destination.get().channel() : null,
                        OneTimeCode.hash(bound(number, code)),
                        now.plus(ContactVerificationService.VALIDITY),
                        ContactVerificationService.MAX_ATTEMPTS));
        Map<String, String> evidence = details(identity, outcome);
        if (sending) {
            evidence.put("channel", destination.get().channel().name());
        }
        // on the customer's record only when the number exists: nothing is kept about numbers that do not
        auditor.record(
                actor,
                AuditAction.ACTIVATION_REQUESTED,
                customerId.orElse(null),
                TARGET_TYPE,
                customerId.isPresent() ? number.toString() : null,
                evidence);
        if (sending) {
            Destination to = destination.get();
            ContactDetails customer = details.get();
            afterCommit(() -> messenger.send(
                    CodeMessenger.Purpose.ACTIVATION, to.channel(), to.address(), code, customer.language()));
        }
        return new ActivationAnswer.CodeSent(
                destination.isPresent()
                        ? ActivationHint.mask(
                                destination.get().channel(), destination.get().address())
                        : codes.decoyHint(ActivationHint.digest(number.toString()), ActivationHint.decoy()));
    }

    /**
     * Checks the code against the number it was asked for. The right one creates the customer's
     * account (role CUSTOMER, linked to the customer and to the identity); a wrong one uses an attempt.
     *
     * @throws be.cloudgroup.privacy.shared.InvalidValueException if the number is malformed
     * @throws IllegalStateException if the identity already has an account
     */
    @PermitAll // before the person has a portal session; the identity comes from the completed OIDC sign-in
    @Transactional
    public ActivationResult confirm(ActivationIdentity identity, String customerNumber, String code) {
        CustomerNumber number = CustomerNumber.valueOf(customerNumber);
        requireNoAccount(identity);
        Optional<ActivationCodes.Pending> found = codes.lockAndFindCode(identity.issuer(), identity.subject());
        if (found.isEmpty()) {
            return ActivationResult.NOTHING_PENDING;
        }
        ActivationCodes.Pending pending = found.get();
        Instant now = clock.instant();
        if (!OneTimeCode.usable(pending.attemptsLeft(), pending.expiresAt(), now)) {
            codes.removeCode(identity.issuer(), identity.subject());
            return ActivationResult.EXPIRED;
        }
        Optional<Long> customerId = customers.idOf(number);
        // the hash is checked even when no code went out, so both take the same way
        boolean matches = OneTimeCode.matches(bound(number, code), pending.codeHash());
        if (!matches || pending.channel() == null || customerId.isEmpty()) {
            codes.useAttempt(identity.issuer(), identity.subject());
            Map<String, String> evidence = details(identity, null);
            evidence.put("attemptsLeft", Integer.toString(pending.attemptsLeft() - 1));
            auditor.record(
                    actor(identity),
                    AuditAction.ACTIVATION_CODE_WRONG,
                    customerId.orElse(null),
                    TARGET_TYPE,
                    customerId.isPresent() ? number.toString() : null,
                    evidence);
            return ActivationResult.WRONG_CODE;
        }
        return activate(identity, customerId.get(), pending.channel(), now);
    }

    private ActivationResult activate(
            ActivationIdentity identity, long customerId, ContactChannel channel, Instant now) {
        codes.remove(identity.issuer(), identity.subject());
        ContactDetails customer = contacts.find(customerId).orElseThrow();
        Optional<EmailAddress> email = EmailAddress.isValid(customer.email())
                ? Optional.of(EmailAddress.valueOf(customer.email()))
                : identity.verifiedEmail();
        Optional<String> refusal = accounts.customerHasAccount(customerId)
                ? Optional.of(Outcome.ALREADY_ACTIVATED.name())
                : email.isEmpty()
                        ? Optional.of("NO_EMAIL")
                        : accounts.existsByEmail(email.get()) ? Optional.of("EMAIL_IN_USE") : Optional.empty();
        if (refusal.isPresent()) {
            Map<String, String> evidence = details(identity, null);
            evidence.put("reason", refusal.get());
            auditor.record(
                    actor(identity),
                    AuditAction.ACTIVATION_REFUSED,
                    customerId,
                    TARGET_TYPE,
                    customer.customerNumber(),
                    evidence);
            return ActivationResult.NOT_POSSIBLE;
        }
        String name = displayName(customer);
        // CUSTOMER only, whatever else: staff accounts come by an admin's invitation
        long accountId = accounts.create(email.get(), name, Set.of(Role.CUSTOMER), customerId, now);
        accounts.linkIdentity(accountId, identity.issuer(), identity.subject());
        Map<String, String> evidence = details(identity, null);
        evidence.put("customer", customer.customerNumber());
        evidence.put("email", email.get().toString());
        evidence.put("channel", channel.name());
        auditor.record(
                new Actor(accountId, name),
                AuditAction.ACCOUNT_ACTIVATED,
                customerId,
                ACCOUNT_TARGET,
                Long.toString(accountId),
                evidence);
        return ActivationResult.ACTIVATED;
    }

    /** A code counts only with the number it was sent for. */
    private static String bound(CustomerNumber number, String code) {
        return number + ":" + code;
    }

    private void requireNoAccount(ActivationIdentity identity) {
        if (accounts.findByIdentity(identity.issuer(), identity.subject()).isPresent()) {
            throw new IllegalStateException("This identity has a portal account already");
        }
    }

    /** Where a code goes: the e-mail address on file, or else the mobile number on file. */
    private record Destination(ContactChannel channel, String address) {}

    private static Optional<Destination> destination(ContactDetails details) {
        if (EmailAddress.isValid(details.email())) {
            return Optional.of(new Destination(ContactChannel.EMAIL, details.email()));
        }
        if (PhoneNumber.isValid(details.mobile())) {
            return Optional.of(new Destination(
                    ContactChannel.SMS, PhoneNumber.valueOf(details.mobile()).toString()));
        }
        return Optional.empty();
    }

    private static String displayName(ContactDetails customer) {
        String person = (customer.firstName() + " " + customer.lastName()).strip();
        String name = customer.type() == CustomerType.BUSINESS
                        && !customer.companyName().isBlank()
                ? customer.companyName()
                : person;
        if (name.isBlank()) {
            name = customer.customerNumber();
        }
        return name.length() > InviteCommand.DISPLAY_NAME_MAX_LENGTH
                ? name.substring(0, InviteCommand.DISPLAY_NAME_MAX_LENGTH)
                : name;
    }

    /** The identity is the actor until it has an account: no account id, its subject as name. */
    private static Actor actor(ActivationIdentity identity) {
        String name = "identity " + identity.subject();
        return new Actor(null, name.length() > Actor.MAX_NAME_LENGTH ? name.substring(0, Actor.MAX_NAME_LENGTH) : name);
    }

    private static Map<String, String> details(ActivationIdentity identity, @Nullable Outcome outcome) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("issuer", identity.issuer());
        if (outcome != null) {
            details.put("outcome", outcome.name());
        }
        return details;
    }

    /** The message leaves after the commit and off the caller's thread: the answer takes as long whether or not one goes. */
    private static void afterCommit(Runnable send) {
        Runnable offThread = () -> CompletableFuture.runAsync(send).exceptionally(failure -> {
            // the failure's type only: a message may carry the address
            LOG.log(
                    System.Logger.Level.WARNING,
                    "An activation code could not be sent ({0})",
                    (failure.getCause() != null ? failure.getCause() : failure)
                            .getClass()
                            .getSimpleName());
            return null;
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    offThread.run();
                }
            });
        } else {
            offThread.run();
        }
    }
}
