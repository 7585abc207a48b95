package be.cloudgroup.privacy.dashboard;

import be.cloudgroup.privacy.assist.CurrentSubject;
import be.cloudgroup.privacy.customer.CustomerOverview;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customer's own dashboard. The subject is the signed-in customer, or the customer of an open assist session. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private final CustomerOverviews overviews;
    private final CurrentSubject subject;

    public DashboardService(CustomerOverviews overviews, CurrentSubject subject) {
        this.overviews = overviews;
        this.subject = subject;
    }

    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"}) // staff only in an open assist session (CurrentSubject)
    public CustomerOverview overview() {
        long customerId = subject.customerId();
        return overviews
                .of(customerId)
                .orElseThrow(() -> new IllegalStateException("Linked customer " + customerId + " does not exist"));
    }
}
