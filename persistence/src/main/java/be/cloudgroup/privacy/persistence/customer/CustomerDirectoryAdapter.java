package be.cloudgroup.privacy.persistence.customer;

import be.cloudgroup.privacy.customer.CustomerDirectory;
import be.cloudgroup.privacy.customer.CustomerMatch;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.customer.CustomerOverview;
import be.cloudgroup.privacy.customer.CustomerType;
import be.cloudgroup.privacy.persistence.OffsetLimit;
import be.cloudgroup.privacy.persistence.contract.ContractRepository;
import be.cloudgroup.privacy.persistence.invoice.InvoiceRepository;
import be.cloudgroup.privacy.persistence.ticket.ServiceTicketRepository;
import be.cloudgroup.privacy.ticket.TicketStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
class CustomerDirectoryAdapter implements CustomerDirectory {

    private static final EnumSet<TicketStatus> OPEN_TICKETS = EnumSet.of(TicketStatus.OPEN, TicketStatus.IN_PROGRESS);

    private final CustomerRepository customers;
    private final ContractRepository contracts;
    private final InvoiceRepository invoices;
    private final ServiceTicketRepository tickets;

    CustomerDirectoryAdapter(CustomerRepository customers, ContractRepository contracts, InvoiceRepository invoices,
            ServiceTicketRepository tickets) {
        this.customers = customers;
        this.contracts = contracts;
        this.invoices = invoices;
        this.tickets = tickets;
    }

    @Override
    public Optional<CustomerOverview> overview(long customerId) {
        return customers.findById(customerId).map(customer -> new CustomerOverview(customer.getCustomerNumber(),
                displayName(customer), customer.getType(), contracts.countActiveByCustomerId(customerId),
                invoices.countByCustomerId(customerId),
                invoices.findLatestIssueDateByCustomerId(customerId).orElse(null),
                tickets.countByCustomerIdAndStatusIn(customerId, OPEN_TICKETS)));
    }

    @Override
    public Optional<Long> idOf(CustomerNumber number) {
        return customers.findByCustomerNumber(number.toString()).map(CustomerEntity::getId);
    }

    @Override
    public List<CustomerMatch> search(String term, int offset, int limit) {
        return customers.search(term, OffsetLimit.of(offset, limit)).stream()
                .map(customer -> new CustomerMatch(customer.getCustomerNumber(), displayName(customer),
                        customer.getType(), customer.getCity(), customer.getStatus()))
                .toList();
    }

    @Override
    public long countMatches(String term) {
        return customers.countMatches(term);
    }

    /** "First Last" for private customers, the company name (and contact) for businesses. */
    static String displayName(CustomerEntity customer) {
        String person = (customer.getFirstName().orElse("") + " " + customer.getLastName().orElse("")).trim();
        if (customer.getType() == CustomerType.BUSINESS && customer.getCompanyName().isPresent()) {
            return person.isEmpty() ? customer.getCompanyName().get()
                    : customer.getCompanyName().get() + " (" + person + ")";
        }
        return person;
    }
}
