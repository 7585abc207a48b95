package be.cloudgroup.privacy.customer;

import java.util.List;
import java.util.Optional;

/** Port to the read side of the customer inventory. */
public interface CustomerDirectory {

    /** The internal id of the customer with this public number, if there is one. */
    Optional<Long> idOf(CustomerNumber number);

    /**
     * Customers whose number equals the term, whose e-mail starts with it, or whose last name or
     * company name starts with it (case-insensitive), ordered by name.
     */
    List<CustomerMatch> search(String term, int offset, int limit);

    long countMatches(String term);
}
