package be.cloudgroup.privacy.persistence.ticket;

import be.cloudgroup.privacy.ticket.TicketStatus;
import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** A customer's service tickets, read a page at a time. */
public interface ServiceTicketRepository extends JpaRepository<ServiceTicketEntity, Long> {

    /** Most recently opened first; the id breaks ties so that pages never overlap. */
    Page<ServiceTicketEntity> findByCustomerIdOrderByOpenedAtDescIdDesc(Long customerId, Pageable pageable);

    long countByCustomerId(Long customerId);

    long countByCustomerIdAndStatusIn(Long customerId, Collection<TicketStatus> statuses);
}
