package be.cloudgroup.privacy.correction;

import be.cloudgroup.privacy.assist.AssistOperation;
import be.cloudgroup.privacy.assist.CurrentSubject;
import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.Auditor;
import be.cloudgroup.privacy.customer.CustomerType;
import be.cloudgroup.privacy.shared.InvalidValueException;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer corrects their own contact details (Art. 16 GDPR). The subject is always the
 * signed-in customer. A save re-validates the command, refuses a stale version
 * ({@link ChangedMeanwhileException}) and writes one audit event with every changed field's old
 * and new value, in the same transaction as the change.
 */
@Service
@Transactional
public class CorrectionService {

    /** The audit target type of a change to a customer record. */
    public static final String TARGET_TYPE = "customer";

    private final ContactDetailsStore store;
    private final Auditor auditor;
    private final CurrentSubject subject;

    public CorrectionService(ContactDetailsStore store, Auditor auditor, CurrentSubject subject) {
        this.store = store;
        this.auditor = auditor;
        this.subject = subject;
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
        long customerId = subject.require(AssistOperation.CORRECT_CONTACT_DETAILS).customerId();
        ContactDetails before = load(customerId);
        if (before.type() == CustomerType.PRIVATE && (command.firstName().isEmpty() || command.lastName().isEmpty())) {
            throw new InvalidValueException("correction.validation.name-required", "A first and last name are required");
        }
        if (before.version() != command.version()) {
            throw new ChangedMeanwhileException();
        }
        Map<String, String> changes = changes(before, command);
        if (changes.isEmpty()) {
            return before;
        }
        ContactDetails after = store.apply(customerId, command);
        auditor.record(AuditAction.CONTACT_DETAILS_CORRECTED, customerId, TARGET_TYPE, before.customerNumber(),
                changes);
        return after;
    }

    private ContactDetails load(long customerId) {
        return store.find(customerId)
                .orElseThrow(() -> new IllegalStateException("Linked customer " + customerId + " does not exist"));
    }

    /** Field → {@code "old" → "new"} for every field the command changes, in form order. */
    static Map<String, String> changes(ContactDetails before, CorrectContactDetailsCommand command) {
        Map<String, String> changes = new LinkedHashMap<>();
        var address = command.address();
        compare(changes, "salutation", before.salutation().name(), command.salutation().name());
        compare(changes, "firstName", before.firstName(), command.firstName());
        compare(changes, "lastName", before.lastName(), command.lastName());
        compare(changes, "street", before.street(), address.street());
        compare(changes, "houseNumber", before.houseNumber(), address.houseNumber());
        compare(changes, "box", before.box(), address.box().orElse(""));
        compare(changes, "postalCode", before.postalCode(), address.postalCode());
        compare(changes, "city", before.city(), address.city());
        compare(changes, "country", before.country(), address.country());
        compare(changes, "phone", before.phone(), command.optionalPhone().map(Object::toString).orElse(""));
        compare(changes, "language", before.language().name(), command.language().name());
        return changes;
    }

    private static void compare(Map<String, String> changes, String field, String before, String after) {
        if (!before.equals(after)) {
            changes.put(field, "\"" + before + "\" → \"" + after + "\"");
        }
    }
}
