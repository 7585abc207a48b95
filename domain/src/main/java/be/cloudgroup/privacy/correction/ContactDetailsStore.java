package be.cloudgroup.privacy.correction;

import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.customer.PhoneNumber;
import java.util.Optional;

/** Port to the stored contact details of a customer. */
public interface ContactDetailsStore {

    Optional<ContactDetails> find(long customerId);

    /**
     * Applies the correction if the stored version still equals {@code command.version()} and
     * writes it at once, so a concurrent change surfaces here.
     *
     * @return the details as now stored, with their new version
     * @throws ChangedMeanwhileException if the stored version differs; nothing is written
     */
    ContactDetails apply(long customerId, CorrectContactDetailsCommand command);

    /** Stores a confirmed new e-mail address. */
    void changeEmail(long customerId, EmailAddress email);

    /** Stores a confirmed new mobile number, keeping the phone number. */
    void changeMobile(long customerId, PhoneNumber mobile);
}
