package be.cloudgroup.privacy.persistence.correction;

import be.cloudgroup.privacy.correction.ContactChannel;
import be.cloudgroup.privacy.correction.ContactVerifications;
import be.cloudgroup.privacy.correction.PendingVerification;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
class ContactVerificationsAdapter implements ContactVerifications {

    private final ContactVerificationRepository repository;

    ContactVerificationsAdapter(ContactVerificationRepository repository) {
        this.repository = repository;
    }

    @Override
    public void replace(long customerId, PendingVerification verification) {
        ContactVerificationEntity entity = repository
                .findByCustomerIdAndChannel(customerId, verification.channel())
                .orElseGet(() -> new ContactVerificationEntity(customerId, verification.channel()));
        entity.renew(verification);
        repository.save(entity);
    }

    @Override
    public Optional<PendingVerification> find(long customerId, ContactChannel channel) {
        return repository.findByCustomerIdAndChannel(customerId, channel).map(ContactVerificationEntity::toPending);
    }

    @Override
    public void useAttempt(long customerId, ContactChannel channel) {
        repository.findByCustomerIdAndChannel(customerId, channel).ifPresent(ContactVerificationEntity::useAttempt);
    }

    @Override
    public void remove(long customerId, ContactChannel channel) {
        repository.findByCustomerIdAndChannel(customerId, channel).ifPresent(repository::delete);
    }
}
