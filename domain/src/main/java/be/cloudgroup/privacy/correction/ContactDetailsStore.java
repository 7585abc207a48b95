package be.cloudgroup.privacy.correction;

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
}
