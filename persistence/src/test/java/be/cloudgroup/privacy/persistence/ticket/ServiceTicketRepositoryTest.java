package be.cloudgroup.privacy.persistence.ticket;

import static be.cloudgroup.privacy.persistence.customer.Customers.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.persistence.PersistenceTest;
import be.cloudgroup.privacy.persistence.customer.CustomerEntity;
import be.cloudgroup.privacy.persistence.customer.CustomerRepository;
import be.cloudgroup.privacy.ticket.TicketChannel;
import be.cloudgroup.privacy.ticket.TicketStatus;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class ServiceTicketRepositoryTest extends PersistenceTest {

    private static final AtomicInteger NUMBER = new AtomicInteger();

    @Autowired
    ServiceTicketRepository tickets;

    @Autowired
    CustomerRepository customers;

    @Autowired
    EntityManager entityManager;

    @Test
    void tickets_are_paged_most_recently_opened_first_and_counted_per_customer() {
        CustomerEntity customer = customers.save(aCustomer().build());
        CustomerEntity someoneElse = customers.save(aCustomer().build());
        ServiceTicketEntity older = tickets.save(ticket(customer, "2025-01-10T09:00:00.000001Z"));
        ServiceTicketEntity newer = tickets.save(ticket(customer, "2025-01-10T09:00:00.000002Z"));
        ServiceTicketEntity oldest = tickets.save(ticket(customer, "2024-12-01T09:00:00Z"));
        tickets.save(ticket(someoneElse, "2025-02-01T09:00:00Z"));

        assertThat(tickets.findByCustomerIdOrderByOpenedAtDescIdDesc(customer.getId(), PageRequest.of(0, 2)))
                .containsExactly(newer, older);
        assertThat(tickets.findByCustomerIdOrderByOpenedAtDescIdDesc(customer.getId(), PageRequest.of(1, 2)))
                .containsExactly(oldest);
        assertThat(tickets.countByCustomerId(customer.getId())).isEqualTo(3);
    }

    @Test
    void a_closed_ticket_is_read_back_with_its_closing_time() {
        CustomerEntity customer = customers.save(aCustomer().build());
        ServiceTicketEntity ticket = ticket(customer, "2025-01-10T09:00:00Z");
        ticket.close(Instant.parse("2025-01-11T16:45:12.5Z"));
        tickets.saveAndFlush(ticket);
        entityManager.clear();

        ServiceTicketEntity read = tickets.findById(ticket.getId()).orElseThrow();

        assertThat(read.getOpenedAt()).isEqualTo(Instant.parse("2025-01-10T09:00:00Z"));
        assertThat(read.getClosedAt()).contains(Instant.parse("2025-01-11T16:45:12.5Z"));
        assertThat(read.getStatus()).isEqualTo(TicketStatus.CLOSED);
        assertThat(read.getChannel()).isEqualTo(TicketChannel.PORTAL);
        assertThat(read.getSubject()).isEqualTo("Router does not connect");
    }

    private static ServiceTicketEntity ticket(CustomerEntity customer, String openedAt) {
        return new ServiceTicketEntity(
                customer,
                "T-" + NUMBER.incrementAndGet(),
                Instant.parse(openedAt),
                TicketChannel.PORTAL,
                "Router does not connect");
    }
}
