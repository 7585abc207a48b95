package be.cloudgroup.privacy.request;

import be.cloudgroup.privacy.correction.ContactDetails;
import be.cloudgroup.privacy.correction.ContactDetailsStore;
import be.cloudgroup.privacy.correction.CorrectionService;

import be.cloudgroup.privacy.assist.AssistOperation;
import be.cloudgroup.privacy.assist.CurrentSubject;
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
    private final CurrentSubject subject;

    public RequestService(PrivacyRequests requests, ContactDetailsStore store, Auditor auditor,
            Clock clock, CurrentSubject subject) {
        this.subject = subject;
        this.requests = requests;
        this.store = store;
        this.auditor = auditor;
        this.clock = clock;
    }

    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"}) // staff only in an open assist session (CurrentSubject)
    public PrivacyRequest requestCompanyCorrection(CompanyCorrectionCommand command) {
        long customerId = subject.require(AssistOperation.FILE_REQUEST).customerId();
        ContactDetails details = store.find(customerId).orElseThrow();
        if (details.type() != CustomerType.BUSINESS) {
            throw new IllegalStateException("Only a business customer has a company name and VAT number");
        }
        Map<String, String> proposed = new LinkedHashMap<>();
        proposed.put("companyName", command.companyName());
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

    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"}) // staff only in an open assist session (CurrentSubject)
    @Transactional(readOnly = true)
    public List<PrivacyRequest> myRequests() {
        return requests.of(subject.customerId());
    }
}
