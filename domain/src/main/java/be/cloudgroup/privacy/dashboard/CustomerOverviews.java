package be.cloudgroup.privacy.dashboard;

import be.cloudgroup.privacy.customer.CustomerOverview;
import java.util.Optional;

/**
 * Port: the live figures of a customer's dashboard. Apart from the customer directory, since they
 * are counted across contracts, invoices and tickets, which all refer to the customer.
 */
public interface CustomerOverviews {

    Optional<CustomerOverview> of(long customerId);
}
