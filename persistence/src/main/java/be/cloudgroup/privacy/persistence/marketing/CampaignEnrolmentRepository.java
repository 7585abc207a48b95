package be.cloudgroup.privacy.persistence.marketing;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** A customer's campaign enrolments, read a page at a time with their campaign. */
public interface CampaignEnrolmentRepository extends JpaRepository<CampaignEnrolmentEntity, Long> {

    /**
     * Most recent enrolment first, each with its campaign fetched in the same query (a to-one
     * join, so paging stays in the database); the id breaks ties so that pages never overlap.
     */
    @EntityGraph(attributePaths = "campaign")
    Page<CampaignEnrolmentEntity> findByCustomerIdOrderByEnrolledOnDescIdDesc(Long customerId, Pageable pageable);

    long countByCustomerId(Long customerId);
}
