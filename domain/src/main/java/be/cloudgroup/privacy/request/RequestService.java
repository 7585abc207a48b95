package be.cloudgroup.privacy.request;

import be.cloudgroup.privacy.correction.ContactDetails;
import be.cloudgroup.privacy.correction.ContactDetailsStore;
import be.cloudgroup.privacy.correction.CorrectionService;

import be.cloudgroup.privacy.account.CurrentAccount;
import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.Auditor;
import be.cloudgroup.privacy.customer.CustomerType;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Company name and VAT number drive invoicing, so a business customer does not edit them: the
 * proposal becomes a rectification request awaiting review, due one month after submission
 * (Art. 12(3) GDPR). The subject is always the signed-in customer; the submission is audited.
 */
@Service
@Transactional
public class RequestService {

    private final PrivacyRequests requests;
    private final ContactDetailsStore store;
    private final Auditor auditor;
    private final Clock clock;

    public RequestService(PrivacyRequests requests, ContactDetailsStore store, Auditor auditor,
            Clock clock) {
        this.requests = requests;
        this.store = store;
        this.auditor = auditor;
        this.clock = clock;
    }

    @RolesAllowed("CUSTOMER")
    public PrivacyRequest requestCompanyCorrection(CompanyCorrectionCommand command) {
        long customerId = CurrentAccount.requireCustomerId();
        ContactDetails details = store.find(customerId).orElseThrow();
        if (details.type() != CustomerType.BUSINESS) {
            throw new IllegalStateException("Only a business customer has a company name and VAT number");
        }
        Map<String, String> proposed = new LinkedHashMap<>();
        proposed.put("companyName", command.companyName().toString());
        proposed.put("vatNumber", command.optionalVatNumber().map(Object::toString).orElse(""));
        Instant now = clock.instant();
        Instant due = now.atZone(ZoneOffset.UTC).plusMonths(1).toInstant();
        PrivacyRequest request =
                new PrivacyRequest(PrivacyRequest.AWAITING_REVIEW, proposed, now, due);
        requests.submit(customerId, request);
        auditor.record(AuditAction.RECTIFICATION_REQUESTED, customerId, CorrectionService.TARGET_TYPE,
                details.customerNumber(), proposed);
        return request;
    }

    @RolesAllowed("CUSTOMER")
    @Transactional(readOnly = true)
    public List<PrivacyRequest> myRequests() {
        return requests.of(CurrentAccount.requireCustomerId());
    }
}
