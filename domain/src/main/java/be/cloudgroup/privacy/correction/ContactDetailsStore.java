package be.cloudgroup.privacy.correction;

import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.customer.PhoneNumber;
import java.util.Optional;

/** Port to the stored contact details of a customer. */
public interface ContactDetailsStore {

    Optional<ContactDetails> find(long customerId);

    /**
     * Writes a correction that {@link ContactDetails#correct} accepted against the details read in
     * this transaction, at once, so a concurrent change since that read surfaces here (optimistic lock).
     *
     * @return the details as now stored, with their new version
     * @throws ChangedMeanwhileException if another write came first; nothing is written
     */
    ContactDetails apply(long customerId, CorrectContactDetailsCommand command);

    /** Stores a confirmed new e-mail address. */
    void changeEmail(long customerId, EmailAddress email);

    /** Stores a confirmed new mobile number, keeping the phone number. */
    void changeMobile(long customerId, PhoneNumber mobile);
}
