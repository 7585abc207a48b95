package be.cloudgroup.privacy.persistence.contract;

import be.cloudgroup.privacy.contract.ContractStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** A customer's contracts, read a page at a time. */
public interface ContractRepository extends JpaRepository<ContractEntity, Long> {

    /** Newest first by start date; the id breaks ties so that pages never overlap. */
    Page<ContractEntity> findByCustomerIdOrderByStartDateDescIdDesc(Long customerId, Pageable pageable);

    long countByCustomerId(Long customerId);

    long countByCustomerIdAndStatus(Long customerId, ContractStatus status);

    default long countActiveByCustomerId(Long customerId) {
        return countByCustomerIdAndStatus(customerId, ContractStatus.ACTIVE);
    }
}
