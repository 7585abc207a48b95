package be.cloudgroup.privacy.persistence.correction;

import be.cloudgroup.privacy.correction.ContactChannel;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Pending verifications, one per customer and channel. */
public interface ContactVerificationRepository extends JpaRepository<ContactVerificationEntity, Long> {

    Optional<ContactVerificationEntity> findByCustomerIdAndChannel(long customerId, ContactChannel channel);
}
