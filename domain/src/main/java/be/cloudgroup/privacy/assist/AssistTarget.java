package be.cloudgroup.privacy.assist;

import be.cloudgroup.privacy.customer.CustomerStatus;
import be.cloudgroup.privacy.customer.CustomerType;
import be.cloudgroup.privacy.shared.Language;
import java.util.List;

/**
 * A customer a staff member may want to assist, as the assist feature needs it.
 *
 * @param accountIds the portal accounts linked to the customer (checked through the Accounts port)
 * @param email      where the notice of a session without code goes; personal data, never logged
 */
public record AssistTarget(
        long customerId,
        String customerNumber,
        String displayName,
        CustomerType type,
        String city,
        CustomerStatus status,
        long openRequests,
        String email,
        Language language,
        List<Long> accountIds) {

    public AssistTarget {
        accountIds = List.copyOf(accountIds);
    }

    /** What the staff overview shows: number, name, type, city, status, open requests; nothing else. */
    public AssistCustomerOverview overview() {
        return new AssistCustomerOverview(customerNumber, displayName, type, city, status, openRequests);
    }
}
