package be.cloudgroup.privacy.persistence.communication;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The messages sent to a customer, read a page at a time. */
public interface CommunicationRepository extends JpaRepository<CommunicationEntity, Long> {

    /** Most recently sent first; the id breaks ties so that pages never overlap. */
    Page<CommunicationEntity> findByCustomerIdOrderBySentAtDescIdDesc(Long customerId, Pageable pageable);

    long countByCustomerId(Long customerId);
}
