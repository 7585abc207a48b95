package be.cloudgroup.privacy.correction;

import be.cloudgroup.privacy.account.RateLimiter;
import be.cloudgroup.privacy.assist.AssistOperation;
import be.cloudgroup.privacy.assist.CurrentSubject;
import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.Auditor;
import be.cloudgroup.privacy.shared.InvalidValueException;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer corrects their own contact details (Art. 16 GDPR). The subject is always the
 * signed-in customer. A save lets {@link ContactDetails#correct} check the command against the
 * current details (names for the customer type, a stale version is a {@link ChangedMeanwhileException}),
 * stores it and writes one audit event with every changed field's old and new value, in the same
 * transaction as the change.
 */
@Service
@Transactional
public class CorrectionService {

    /** The audit target type of a change to a customer record. */
    public static final String TARGET_TYPE = "customer";

    private final ContactDetailsStore store;
    private final Auditor auditor;
    private final CurrentSubject subject;
    private final RateLimiter limiter;

    public CorrectionService(ContactDetailsStore store, Auditor auditor, CurrentSubject subject, RateLimiter limiter) {
        this.store = store;
        this.auditor = auditor;
        this.subject = subject;
        this.limiter = limiter;
    }

    /** The signed-in customer's details for the correction form, with their version. */
    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"}) // staff only in an open assist session (CurrentSubject)
    @Transactional(readOnly = true)
    public ContactDetails currentDetails() {
        return load(subject.customerId());
    }

    /**
     * Applies the correction to the signed-in customer's details.
     *
     * @return the details as now stored (unchanged when the command changes nothing)
     * @throws InvalidValueException     when a private customer's name is missing
     * @throws ChangedMeanwhileException when the details changed since {@code command.version()}
     */
    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"}) // staff only in an open assist session (CurrentSubject)
    public ContactDetails correct(CorrectContactDetailsCommand command) {
        Objects.requireNonNull(command, "command");
        long customerId =
                subject.require(AssistOperation.CORRECT_CONTACT_DETAILS).customerId();
        limiter.acquire();
        ContactDetails before = load(customerId);
        Correction correction = before.correct(command);
        if (correction.changesNothing()) {
            return before;
        }
        ContactDetails after = store.apply(customerId, command);
        auditor.record(
                AuditAction.CONTACT_DETAILS_CORRECTED,
                customerId,
                TARGET_TYPE,
                before.customerNumber(),
                correction.changes());
        return after;
    }

    private ContactDetails load(long customerId) {
        return store.find(customerId)
                .orElseThrow(() -> new IllegalStateException("Linked customer " + customerId + " does not exist"));
    }
}
