package be.cloudgroup.privacy.dashboard;

import be.cloudgroup.privacy.customer.CustomerOverview;

import be.cloudgroup.privacy.account.CurrentAccount;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customer's own dashboard. The subject is always the signed-in customer. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private final CustomerOverviews overviews;

    public DashboardService(CustomerOverviews overviews) {
        this.overviews = overviews;
    }

    @RolesAllowed("CUSTOMER")
    public CustomerOverview overview() {
        long customerId = CurrentAccount.requireCustomerId();
        return overviews.of(customerId)
                .orElseThrow(() -> new IllegalStateException("Linked customer " + customerId + " does not exist"));
    }
}
