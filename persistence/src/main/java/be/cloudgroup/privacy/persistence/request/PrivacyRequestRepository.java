package be.cloudgroup.privacy.persistence.request;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** A customer's privacy requests. */
public interface PrivacyRequestRepository extends JpaRepository<PrivacyRequestEntity, Long> {

    List<PrivacyRequestEntity> findByCustomerIdAndTypeOrderBySubmittedAtDesc(long customerId, String type);
}
