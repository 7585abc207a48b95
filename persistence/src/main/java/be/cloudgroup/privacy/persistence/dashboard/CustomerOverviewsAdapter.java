package be.cloudgroup.privacy.persistence.dashboard;

import be.cloudgroup.privacy.customer.CustomerOverview;
import be.cloudgroup.privacy.dashboard.CustomerOverviews;
import be.cloudgroup.privacy.persistence.contract.ContractRepository;
import be.cloudgroup.privacy.persistence.customer.CustomerRepository;
import be.cloudgroup.privacy.persistence.invoice.InvoiceRepository;
import be.cloudgroup.privacy.persistence.ticket.ServiceTicketRepository;
import be.cloudgroup.privacy.ticket.TicketStatus;
import java.util.EnumSet;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
class CustomerOverviewsAdapter implements CustomerOverviews {

    private static final EnumSet<TicketStatus> OPEN_TICKETS = EnumSet.of(TicketStatus.OPEN, TicketStatus.IN_PROGRESS);

    private final CustomerRepository customers;
    private final ContractRepository contracts;
    private final InvoiceRepository invoices;
    private final ServiceTicketRepository tickets;

    CustomerOverviewsAdapter(
            CustomerRepository customers,
            ContractRepository contracts,
            InvoiceRepository invoices,
            ServiceTicketRepository tickets) {
        this.customers = customers;
        this.contracts = contracts;
        this.invoices = invoices;
        this.tickets = tickets;
    }

    @Override
    public Optional<CustomerOverview> of(long customerId) {
        return customers
                .findById(customerId)
                .map(customer -> new CustomerOverview(
                        customer.getCustomerNumber(),
                        customer.displayName(),
                        customer.getType(),
                        contracts.countActiveByCustomerId(customerId),
                        invoices.countByCustomerId(customerId),
                        invoices.findLatestIssueDateByCustomerId(customerId).orElse(null),
                        tickets.countByCustomerIdAndStatusIn(customerId, OPEN_TICKETS)));
    }
}
