package be.cloudgroup.privacy.persistence.invoice;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** A customer's invoices, read a page at a time. Financial data: never published. */
public interface InvoiceRepository extends JpaRepository<InvoiceEntity, Long> {

    /** Newest first by issue date; the id breaks ties so that pages never overlap. */
    Page<InvoiceEntity> findByCustomerIdOrderByIssueDateDescIdDesc(Long customerId, Pageable pageable);

    long countByCustomerId(Long customerId);

    /** The issue date of the customer's latest invoice; empty if the customer has none. */
    @Query("select max(i.issueDate) from InvoiceEntity i where i.customer.id = :customerId")
    Optional<LocalDate> findLatestIssueDateByCustomerId(@Param("customerId") Long customerId);
}
