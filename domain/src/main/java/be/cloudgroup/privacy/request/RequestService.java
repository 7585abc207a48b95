package be.cloudgroup.privacy.request;

import be.cloudgroup.privacy.account.AdminBootstrap;
import be.cloudgroup.privacy.account.CurrentAccount;
import be.cloudgroup.privacy.account.RateLimiter;
import be.cloudgroup.privacy.assist.AssistOperation;
import be.cloudgroup.privacy.assist.CurrentSubject;
import be.cloudgroup.privacy.audit.Actor;
import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.Auditor;
import be.cloudgroup.privacy.correction.ContactDetails;
import be.cloudgroup.privacy.correction.ContactDetailsStore;
import be.cloudgroup.privacy.customer.CustomerType;
import be.cloudgroup.privacy.register.CustomerControl;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.register.ProcessingRegister;
import be.cloudgroup.privacy.register.PurposeDetails;
import be.cloudgroup.privacy.shared.Language;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door to privacy requests (Art. 12, 15-18, 21). Customers file, follow, message and
 * withdraw their own requests: the subject is always the signed-in customer, and another
 * customer's reference is "not found" (and audited). Handlers (SUPPORT, ADMIN) work the queue:
 * assign, change status, message, extend once, close with an outcome; closing a rectification of
 * company details applies it, closing a restriction restricts, and an erasure is closed only by
 * executing its plan. Every step checks {@link RequestRules}, appends to the timeline, is audited
 * in the same transaction and, where the customer must know, e-mails them after commit.
 */
@Service
public class RequestService {

    public static final String TARGET_TYPE = "privacy_request";

    private final PrivacyRequests requests;
    private final CustomerErasure erasure;
    private final ContactDetailsStore contacts;
    private final ProcessingRegister register;
    private final RequestMessenger messenger;
    private final Auditor auditor;
    private final Clock clock;
    private final CurrentSubject subject;
    private final RateLimiter limiter;

    public RequestService(
            PrivacyRequests requests,
            CustomerErasure erasure,
            ContactDetailsStore contacts,
            ProcessingRegister register,
            RequestMessenger messenger,
            Auditor auditor,
            Clock clock,
            CurrentSubject subject,
            RateLimiter limiter) {
        this.subject = subject;
        this.limiter = limiter;
        this.requests = requests;
        this.erasure = erasure;
        this.contacts = contacts;
        this.register = register;
        this.messenger = messenger;
        this.auditor = auditor;
        this.clock = clock;
    }

    // ---- the customer

    /** Files a request of the signed-in customer; they receive a receipt with reference and due day. */
    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"}) // staff only in an open assist session (CurrentSubject)
    @Transactional
    public RequestDetails file(FileRequestCommand command) {
        long customerId = subject.require(AssistOperation.FILE_REQUEST).customerId();
        limiter.acquire();
        if (command.type() == RequestType.OBJECTION) {
            Set<String> objectable = register.activePurposes(Language.EN).stream()
                    .filter(purpose -> purpose.control() == CustomerControl.OBJECT)
                    .map(PurposeDetails::code)
                    .collect(Collectors.toSet());
            if (!objectable.containsAll(command.purposeCodes())) {
                throw new RequestRefusedException(
                        "request.validation.objection-purpose",
                        "Only a purpose on legitimate interest can be objected to");
            }
        }
        if (command.type() == RequestType.RESTRICTION) {
            requireActivePurposes(command.purposeCodes());
        }
        return fileFor(customerId, command.type(), command.particulars(), AuditAction.REQUEST_FILED);
    }

    /**
     * Company name and VAT number drive invoicing, so a business customer does not edit them: the
     * proposal becomes a rectification request, which a handler approves (and so applies) or refuses.
     */
    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"}) // staff only in an open assist session (CurrentSubject)
    @Transactional
    public RequestDetails requestCompanyCorrection(CompanyCorrectionCommand command) {
        long customerId = subject.require(AssistOperation.FILE_REQUEST).customerId();
        limiter.acquire();
        ContactDetails details = contacts.find(customerId).orElseThrow();
        if (details.type() != CustomerType.BUSINESS) {
            throw new IllegalStateException("Only a business customer has a company name and VAT number");
        }
        Map<String, String> proposed = new LinkedHashMap<>();
        proposed.put(Particulars.COMPANY_NAME, command.companyName().toString());
        proposed.put(
                Particulars.VAT_NUMBER,
                command.optionalVatNumber().map(Object::toString).orElse(""));
        return fileFor(customerId, RequestType.RECTIFICATION, proposed, AuditAction.RECTIFICATION_REQUESTED);
    }

    private RequestDetails fileFor(
            long customerId, RequestType type, Map<String, String> particulars, AuditAction action) {
        Instant now = clock.instant();
        StoredRequest request = requests.file(customerId, type, particulars, RequestEvent.filed(now, actor()));
        Map<String, String> audited = new LinkedHashMap<>(particulars);
        audited.put("type", type.name());
        audited.put("dueOn", request.history().dueOn().toString());
        auditor.record(action, customerId, TARGET_TYPE, request.reference().toString(), audited);
        notifyCustomer(request, RequestNotice.Kind.RECEIVED, null, List.of());
        return RequestDetails.of(request, now);
    }

    /** The signed-in customer's requests, newest first. */
    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"}) // staff only in an open assist session (CurrentSubject)
    @Transactional(readOnly = true)
    public List<RequestDetails> myRequests() {
        Instant now = clock.instant();
        return requests.of(subject.customerId()).stream()
                .map(request -> RequestDetails.of(request, now))
                .toList();
    }

    /** One of the signed-in customer's requests; another customer's reference is not found, and audited. */
    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"}) // staff only in an open assist session (CurrentSubject)
    @Transactional
    public Optional<RequestDetails> myRequest(String reference) {
        return own(reference, false).map(request -> RequestDetails.of(request, clock.instant()));
    }

    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"}) // staff only in an open assist session (CurrentSubject)
    @Transactional
    public void sendMessage(String reference, String text) {
        subject.require(AssistOperation.FILE_REQUEST);
        limiter.acquire();
        StoredRequest request = own(reference, true).orElseThrow(RequestService::notFound);
        RequestRules.checkMessage(request.history(), text);
        String message = RequestRules.text(text, "request.refused.message-empty", "A message needs text");
        requests.append(request, RequestEvent.message(clock.instant(), actor(), false, message));
        audit(AuditAction.REQUEST_MESSAGE_SENT, request, Map.of("from", "customer"));
    }

    /** Withdraws one of the signed-in customer's requests, possible until it is closed. */
    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"}) // staff only in an open assist session (CurrentSubject)
    @Transactional
    public void withdraw(String reference) {
        subject.require(AssistOperation.FILE_REQUEST);
        limiter.acquire();
        StoredRequest request = own(reference, true).orElseThrow(RequestService::notFound);
        RequestRules.checkWithdrawal(request.history());
        requests.append(request, RequestEvent.withdrawn(clock.instant(), actor()));
        audit(AuditAction.REQUEST_WITHDRAWN, request, Map.of());
        notifyCustomer(request, RequestNotice.Kind.WITHDRAWN, null, List.of());
    }

    /** The restrictions in force for the signed-in customer, for "My data". */
    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"}) // staff only in an open assist session (CurrentSubject)
    @Transactional(readOnly = true)
    public List<Restriction> myRestrictions() {
        return requests.restrictionsOf(subject.customerId());
    }

    private Optional<StoredRequest> own(String reference, boolean lock) {
        long customerId = subject.customerId();
        if (!RequestReference.isValid(reference)) {
            return Optional.empty();
        }
        RequestReference parsed = RequestReference.valueOf(reference);
        Optional<StoredRequest> request = lock ? requests.lock(parsed) : requests.find(parsed);
        if (request.isPresent() && request.get().customerId() != customerId) {
            auditor.record(
                    AuditAction.FOREIGN_REFERENCE_REFUSED,
                    null,
                    TARGET_TYPE,
                    parsed.toString(),
                    Map.of("owner", "another customer"));
            return Optional.empty();
        }
        return request;
    }

    // ---- the handlers

    @RolesAllowed({"SUPPORT", "ADMIN"})
    @Transactional(readOnly = true)
    public List<QueueEntry> queue(QueueFilter filter) {
        return requests.queue(filter, CurrentAccount.require().accountId(), RequestClock.today(clock.instant()));
    }

    @RolesAllowed({"SUPPORT", "ADMIN"})
    @Transactional(readOnly = true)
    public Optional<RequestDetails> request(String reference) {
        return RequestReference.isValid(reference)
                ? requests.find(RequestReference.valueOf(reference)).map(r -> RequestDetails.of(r, clock.instant()))
                : Optional.empty();
    }

    @RolesAllowed({"SUPPORT", "ADMIN"})
    @Transactional
    public void assignToMe(String reference) {
        StoredRequest request = handled(reference);
        RequestRules.checkOpen(request.history());
        requests.append(request, RequestEvent.assigned(clock.instant(), actor()));
        audit(AuditAction.REQUEST_ASSIGNED, request, Map.of());
    }

    @RolesAllowed({"SUPPORT", "ADMIN"})
    @Transactional
    public void changeStatus(String reference, RequestStatus status) {
        StoredRequest request = handled(reference);
        RequestRules.checkStatusChange(request.history(), status);
        requests.append(request, RequestEvent.statusChanged(clock.instant(), actor(), status));
        audit(
                AuditAction.REQUEST_STATUS_CHANGED,
                request,
                Map.of("old", request.history().status().name(), "new", status.name()));
    }

    /** A handler's message to the customer, who is told by e-mail. */
    @RolesAllowed({"SUPPORT", "ADMIN"})
    @Transactional
    public void reply(String reference, String text) {
        StoredRequest request = handled(reference);
        RequestRules.checkMessage(request.history(), text);
        String message = RequestRules.text(text, "request.refused.message-empty", "A message needs text");
        requests.append(request, RequestEvent.message(clock.instant(), actor(), true, message));
        audit(AuditAction.REQUEST_MESSAGE_SENT, request, Map.of("from", "staff"));
        notifyCustomer(request, RequestNotice.Kind.MESSAGE, message, List.of());
    }

    /** The one extension (Art. 12(3)), by one or two months, with the reason the customer is told at once. */
    @RolesAllowed({"SUPPORT", "ADMIN"})
    @Transactional
    public void extend(String reference, int months, String reason) {
        StoredRequest request = handled(reference);
        Instant now = clock.instant();
        RequestRules.checkExtension(request.history(), months, reason, now);
        String text = RequestRules.text(reason, "request.refused.extension-reason", "An extension needs a reason");
        requests.append(request, RequestEvent.extended(now, actor(), months, text));
        StoredRequest extended = requests.find(request.reference()).orElseThrow();
        audit(
                AuditAction.REQUEST_EXTENDED,
                request,
                Map.of(
                        "months",
                        Integer.toString(months),
                        "dueOn",
                        extended.history().dueOn().toString()));
        notifyCustomer(extended, RequestNotice.Kind.EXTENDED, text, List.of());
    }

    /**
     * Closes the request with an outcome told to the customer. Completing a company correction
     * applies it (audited old → new); completing a restriction restricts the named purposes (the
     * purposes using the named categories; everything for the whole account). An erasure is
     * completed only by {@link #executeErasure}; it can be refused here.
     */
    @RolesAllowed({"SUPPORT", "ADMIN"})
    @Transactional
    public void close(String reference, RequestStatus outcome, @Nullable RefusalGround ground, String explanation) {
        StoredRequest request = handled(reference);
        RequestRules.checkClose(request.history(), outcome, ground, explanation);
        if (request.type() == RequestType.ERASURE && outcome != RequestStatus.REFUSED) {
            throw new RequestRefusedException(
                    "request.refused.erasure-by-plan", "An erasure is completed by executing its plan");
        }
        Instant now = clock.instant();
        if (outcome != RequestStatus.REFUSED) {
            if (request.type() == RequestType.RECTIFICATION && Particulars.companyCorrection(request.particulars())) {
                applyCompanyCorrection(request);
            }
            if (request.type() == RequestType.RESTRICTION) {
                restrict(request, now);
            }
        }
        String text = explanation.strip();
        requests.append(request, RequestEvent.closed(now, actor(), outcome, ground, text));
        Map<String, String> details = new LinkedHashMap<>();
        details.put("outcome", outcome.name());
        if (ground != null) {
            details.put("ground", ground.name());
        }
        audit(AuditAction.REQUEST_CLOSED, request, details);
        notifyCustomer(request, outcome, ground, text, List.of());
    }

    private void applyCompanyCorrection(StoredRequest request) {
        String name = request.particulars().get(Particulars.COMPANY_NAME);
        String vat = request.particulars().getOrDefault(Particulars.VAT_NUMBER, "");
        Map<String, String> old =
                requests.applyCompanyCorrection(request.customerId(), name, vat.isEmpty() ? null : vat);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("companyName.old", old.getOrDefault(Particulars.COMPANY_NAME, ""));
        details.put("companyName.new", name);
        details.put("vatNumber.old", old.getOrDefault(Particulars.VAT_NUMBER, ""));
        details.put("vatNumber.new", vat);
        details.put("request", request.reference().toString());
        auditor.record(
                AuditAction.RECTIFICATION_APPLIED, request.customerId(), "customer", request.customerNumber(), details);
    }

    private void restrict(StoredRequest request, Instant now) {
        Set<String> purposes = new HashSet<>();
        if (!Particulars.wholeAccount(request.particulars())) {
            purposes.addAll(Particulars.purposes(request.particulars()));
            Set<DataCategory> categories = Particulars.categories(request.particulars());
            register.activePurposes(Language.EN).stream()
                    .filter(purpose -> purpose.categories().stream().anyMatch(categories::contains))
                    .map(PurposeDetails::code)
                    .forEach(purposes::add);
        }
        requests.restrict(request, purposes, now);
        auditor.record(
                AuditAction.PROCESSING_RESTRICTED,
                request.customerId(),
                TARGET_TYPE,
                request.reference().toString(),
                Map.of(
                        "purposes",
                        purposes.isEmpty() ? "ALL" : purposes.stream().sorted().collect(Collectors.joining(","))));
    }

    /** What erasing would do now, table by table, from the register of processing. */
    @RolesAllowed({"SUPPORT", "ADMIN"})
    @Transactional(readOnly = true)
    public ErasurePlan erasurePlan(String reference) {
        StoredRequest request = handled(reference);
        return plan(request);
    }

    private ErasurePlan plan(StoredRequest request) {
        if (request.type() != RequestType.ERASURE) {
            throw new IllegalArgumentException("Not an erasure request: " + request.reference());
        }
        return ErasureRules.plan(
                erasure.holdings(request.customerId()),
                register.activePurposes(Language.EN),
                Particulars.wholeAccount(request.particulars()),
                Particulars.categories(request.particulars()),
                RequestClock.today(clock.instant()));
    }

    /**
     * Executes the erasure plan, built afresh inside this transaction, and completes the request:
     * deletes what may go, restricts what must stay (the whole customer for a whole-account erasure),
     * ends the portal account, pseudonymises the audit trail and tells the customer what was kept and
     * why. One transaction: a failure anywhere leaves everything, the request included, as it was.
     */
    @RolesAllowed({"SUPPORT", "ADMIN"})
    @Transactional
    public ErasurePlan executeErasure(String reference, String explanation) {
        StoredRequest request = handled(reference);
        RequestRules.checkClose(request.history(), RequestStatus.COMPLETED, null, explanation);
        ErasurePlan plan = plan(request);
        // read before erasing: the outcome goes to the address on file when the request was completed
        ContactDetails customer = contacts.find(request.customerId()).orElseThrow();
        Instant now = clock.instant();
        String pseudonym = "erased-" + UUID.randomUUID().toString().substring(0, 8);
        erasure.execute(request.customerId(), plan, pseudonym);
        if (plan.endsAccount()) {
            requests.restrict(request, Set.of(), now);
        }
        String text = explanation.strip();
        requests.append(request, RequestEvent.closed(now, actor(), RequestStatus.COMPLETED, null, text));
        Map<String, String> details = new LinkedHashMap<>();
        details.put(
                "deleted",
                plan.deleted().stream()
                        .map(step -> step.table() + "=" + step.rows())
                        .collect(Collectors.joining(",")));
        details.put(
                "kept",
                plan.kept().stream()
                        .map(step -> step.table() + "=" + step.rows())
                        .collect(Collectors.joining(",")));
        details.put("accountEnded", Boolean.toString(plan.endsAccount()));
        auditor.record(
                AuditAction.ERASURE_EXECUTED,
                request.customerId(),
                TARGET_TYPE,
                request.reference().toString(),
                details);
        audit(AuditAction.REQUEST_CLOSED, request, Map.of("outcome", RequestStatus.COMPLETED.name()));
        messenger.notify(new RequestNotice(
                RequestNotice.Kind.CLOSED,
                customer.email(),
                customer.language(),
                request.reference(),
                request.type(),
                request.history().dueOn(),
                RequestStatus.COMPLETED,
                null,
                text,
                plan.kept()));
        return plan;
    }

    // ---- the DPO and the daily summary

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public DpoSummary dpoSummary() {
        return requests.summary(RequestClock.today(clock.instant()));
    }

    /** Every request as CSV for the DPO (no names: reference, type, dates, outcome); audited. */
    @RolesAllowed("ADMIN")
    @Transactional
    public void exportCsv(OutputStream out) throws IOException {
        auditor.record(AuditAction.REQUESTS_EXPORTED, null, TARGET_TYPE, null, Map.of());
        requests.exportCsv(out);
    }

    /** E-mails the handlers the open queue's overdue and soon-due requests; run daily by the portal itself. */
    @PreAuthorize("hasAuthority('" + AdminBootstrap.SYSTEM_AUTHORITY + "')")
    @Transactional
    public int sendQueueSummary() {
        List<QueueEntry> open = requests.queue(QueueFilter.OPEN, null, RequestClock.today(clock.instant()));
        List<QueueEntry> overdue = open.stream().filter(QueueEntry::overdue).toList();
        List<QueueEntry> dueSoon = open.stream().filter(QueueEntry::dueSoon).toList();
        messenger.queueSummary(overdue, dueSoon, open.size());
        auditor.record(
                Actor.SYSTEM,
                AuditAction.REQUEST_SUMMARY_SENT,
                null,
                TARGET_TYPE,
                null,
                Map.of(
                        "open",
                        Integer.toString(open.size()),
                        "overdue",
                        Integer.toString(overdue.size()),
                        "dueSoon",
                        Integer.toString(dueSoon.size())));
        return open.size();
    }

    // ---- helpers

    private StoredRequest handled(String reference) {
        if (!RequestReference.isValid(reference)) {
            throw notFound();
        }
        return requests.lock(RequestReference.valueOf(reference)).orElseThrow(RequestService::notFound);
    }

    private void requireActivePurposes(Set<String> codes) {
        Set<String> active = register.activePurposes(Language.EN).stream()
                .map(PurposeDetails::code)
                .collect(Collectors.toSet());
        if (!active.containsAll(codes)) {
            throw new RequestRefusedException("request.validation.unknown-purpose", "Unknown purpose");
        }
    }

    private void audit(AuditAction action, StoredRequest request, Map<String, String> details) {
        auditor.record(
                action, request.customerId(), TARGET_TYPE, request.reference().toString(), details);
    }

    private void notifyCustomer(
            StoredRequest request, RequestNotice.Kind kind, @Nullable String text, List<ErasurePlan.Step> kept) {
        contacts.find(request.customerId())
                .ifPresent(customer -> messenger.notify(new RequestNotice(
                        kind,
                        customer.email(),
                        customer.language(),
                        request.reference(),
                        request.type(),
                        request.history().dueOn(),
                        null,
                        null,
                        text,
                        kept)));
    }

    private void notifyCustomer(
            StoredRequest request,
            RequestStatus outcome,
            @Nullable RefusalGround ground,
            String text,
            List<ErasurePlan.Step> kept) {
        contacts.find(request.customerId())
                .ifPresent(customer -> messenger.notify(new RequestNotice(
                        RequestNotice.Kind.CLOSED,
                        customer.email(),
                        customer.language(),
                        request.reference(),
                        request.type(),
                        request.history().dueOn(),
                        outcome,
                        ground,
                        text,
                        kept)));
    }

    private static Actor actor() {
        return CurrentAccount.require().actor();
    }

    private static RequestRefusedException notFound() {
        return new RequestRefusedException("request.not-found", "No such request");
    }
}
