package be.cloudgroup.privacy.ui.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.preferences.ContactPermissions;
import be.cloudgroup.privacy.preferences.ContactPermissions.Audience;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.request.ErasurePlan;
import be.cloudgroup.privacy.request.FileRequestCommand;
import be.cloudgroup.privacy.request.QueueEntry;
import be.cloudgroup.privacy.request.QueueFilter;
import be.cloudgroup.privacy.request.RefusalGround;
import be.cloudgroup.privacy.request.RequestDetails;
import be.cloudgroup.privacy.request.RequestRefusedException;
import be.cloudgroup.privacy.request.RequestService;
import be.cloudgroup.privacy.request.RequestStatus;
import be.cloudgroup.privacy.request.RequestType;
import be.cloudgroup.privacy.request.RestrictionGround;
import be.cloudgroup.privacy.ui.PortalTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import be.cloudgroup.privacy.ui.security.SystemTask;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The request workflow through its service, on the real database, mail server and security. */
class RequestServiceTest extends PortalTest {

    /** Every table erasure looks at, with how its rows are counted for one customer. */
    private static final Map<String, String> TABLES = tables();

    @Autowired
    private RequestService service;

    @Autowired
    private ContactPermissions permissions;

    @Test
    void a_request_of_customer_a_is_not_found_for_customer_b_who_can_neither_message_nor_withdraw_it() {
        Customer a = data.customer("Anna", "Eigenaar");
        AccountPrincipal annaAccount = data.customerPrincipal(a);
        runAs(annaAccount);
        String reference = service.file(FileRequestCommand.inWords(RequestType.DPO_QUESTION, "Who sees my data?"))
                .reference()
                .toString();

        Customer b = data.customer("Bert", "Vreemde");
        runAs(data.customerPrincipal(b));

        assertThat(service.myRequest(reference)).isEmpty();
        assertThat(service.myRequests()).isEmpty();
        assertThatThrownBy(() -> service.sendMessage(reference, "Let me in"))
                .isInstanceOf(RequestRefusedException.class);
        assertThatThrownBy(() -> service.withdraw(reference)).isInstanceOf(RequestRefusedException.class);
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'FOREIGN_REFERENCE_REFUSED'"
                                + " AND target_id = ?",
                        reference))
                .isGreaterThanOrEqualTo(1);
        runAs(annaAccount);
        assertThat(service.myRequest(reference))
                .get()
                .extracting(RequestDetails::status)
                .isEqualTo(RequestStatus.RECEIVED);
    }

    @Test
    void a_customer_cannot_open_the_queue_and_support_cannot_file_for_themselves() {
        runAs(data.customerPrincipal(data.customer("Cas", "Klant")));
        assertThatThrownBy(() -> service.queue(QueueFilter.OPEN)).isInstanceOf(AccessDeniedException.class);

        runAs(data.staffPrincipal(Role.SUPPORT));
        assertThatThrownBy(() -> service.file(FileRequestCommand.inWords(RequestType.COPY, "By post")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.dpoSummary()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void filing_sends_a_receipt_in_the_customers_language_with_the_reference_and_the_due_day() throws Exception {
        Customer customer = data.customer("Nele", "Ontvangst");
        runAs(data.customerPrincipal(customer));

        RequestDetails filed = service.file(FileRequestCommand.inWords(RequestType.COPY, "Op papier graag"));

        MimeMessage receipt = mailTo(customer, filed.reference().toString());
        assertThat(receipt.getSubject()).isEqualTo("Wij ontvingen uw aanvraag " + filed.reference());
        assertThat(receipt.getContent().toString())
                .contains(filed.reference().toString())
                .contains(Integer.toString(filed.dueOn().getYear()));
        assertThat(filed.dueOn())
                .isEqualTo(filed.receivedAt()
                        .atZone(java.time.ZoneId.of("Europe/Brussels"))
                        .toLocalDate()
                        .plusMonths(1));
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'REQUEST_FILED' AND target_id = ?",
                        filed.reference().toString()))
                .isOne();
    }

    @Test
    void a_refusal_without_a_ground_is_refused_and_with_one_the_customer_is_told_the_complaint_route()
            throws Exception {
        Customer customer = data.customer("Rik", "Weigering");
        runAs(data.customerPrincipal(customer));
        String reference = service.file(FileRequestCommand.inWords(RequestType.DPO_QUESTION, "Again the same"))
                .reference()
                .toString();
        runAs(data.staffPrincipal(Role.SUPPORT));

        assertThatThrownBy(() -> service.close(reference, RequestStatus.REFUSED, null, "Repetitive"))
                .isInstanceOf(RequestRefusedException.class);
        assertThatThrownBy(() -> service.close(
                        reference, RequestStatus.REFUSED, RefusalGround.MANIFESTLY_UNFOUNDED_OR_EXCESSIVE, " "))
                .isInstanceOf(RequestRefusedException.class);
        assertThat(service.request(reference).orElseThrow().status()).isEqualTo(RequestStatus.RECEIVED);

        service.close(
                reference,
                RequestStatus.REFUSED,
                RefusalGround.MANIFESTLY_UNFOUNDED_OR_EXCESSIVE,
                "The fifth identical question this week.");

        RequestDetails closed = service.request(reference).orElseThrow();
        assertThat(closed.status()).isEqualTo(RequestStatus.REFUSED);
        assertThat(closed.closing().ground()).isEqualTo(RefusalGround.MANIFESTLY_UNFOUNDED_OR_EXCESSIVE);
        String outcome = mailTo(customer, "het resultaat").getContent().toString();
        assertThat(outcome).contains("GBA").contains("kennelijk ongegrond").contains("fifth identical");
        assertThatThrownBy(() -> service.reply(reference, "One more thing"))
                .isInstanceOf(RequestRefusedException.class);
    }

    @Test
    void one_extension_of_at_most_two_months_with_a_reason_is_told_to_the_customer_and_a_second_is_refused()
            throws Exception {
        Customer customer = data.customer("Els", "Verlenging");
        runAs(data.customerPrincipal(customer));
        RequestDetails filed = service.file(FileRequestCommand.erasure(false, Set.of(DataCategory.MARKETING), null));
        String reference = filed.reference().toString();
        runAs(data.staffPrincipal(Role.ADMIN));

        assertThatThrownBy(() -> service.extend(reference, 3, "Long")).isInstanceOf(RequestRefusedException.class);
        assertThatThrownBy(() -> service.extend(reference, 2, "")).isInstanceOf(RequestRefusedException.class);
        service.extend(reference, 2, "Your data sits in three archived systems.");
        assertThatThrownBy(() -> service.extend(reference, 1, "Again")).isInstanceOf(RequestRefusedException.class);

        RequestDetails extended = service.request(reference).orElseThrow();
        assertThat(extended.dueOn())
                .isEqualTo(filed.receivedAt()
                        .atZone(java.time.ZoneId.of("Europe/Brussels"))
                        .toLocalDate()
                        .plusMonths(3));
        assertThat(mailTo(customer, "meer tijd nodig").getContent().toString()).contains("three archived systems");
    }

    @Test
    void a_completed_restriction_removes_the_customer_from_an_audience_and_my_data_lists_it() {
        Customer customer = data.customer("Beperk", "Mij");
        AccountPrincipal account = data.customerPrincipal(customer);
        data.update("""
                INSERT INTO consent_decision (customer_id, subject, decision, decided_at, policy_version, means,
                  actor_name) VALUES (?, 'CHANNEL:EMAIL', 'GIVEN', ?, 1, 'MIGRATED', 'The portal')""", customer.id(), LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1));
        Audience offers = Audience.of("TARGETED_OFFERS", CommunicationChannel.EMAIL);
        assertThat(permissions.mayContact(customer.id(), offers)).isTrue();
        runAs(account);
        String reference = service.file(FileRequestCommand.restriction(
                        RestrictionGround.ACCURACY_CONTESTED,
                        false,
                        Set.of(),
                        Set.of("TARGETED_OFFERS"),
                        "My address is wrong"))
                .reference()
                .toString();
        assertThat(permissions.mayContact(customer.id(), offers))
                .as("filing alone restricts nothing")
                .isTrue();

        runAs(data.staffPrincipal(Role.SUPPORT));
        service.close(reference, RequestStatus.COMPLETED, null, "We use your data for offers no more.");

        assertThat(permissions.mayContact(customer.id(), offers)).isFalse();
        assertThat(permissions.audience(offers, customer.id() - 1, 1)).doesNotContain(customer.id());
        assertThat(permissions.mayContact(
                        customer.id(),
                        Audience.of("COMMUNICATIONS", CommunicationChannel.EMAIL)
                                .subscribedTo(be.cloudgroup.privacy.marketing.SubscriptionTopic.NEWSLETTER)))
                .as("another purpose is not restricted (no subscription here either)")
                .isFalse();
        runAs(account);
        assertThat(service.myRestrictions())
                .singleElement()
                .satisfies(restriction -> assertThat(restriction.purposeCode()).isEqualTo("TARGETED_OFFERS"));
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'PROCESSING_RESTRICTED'"
                                + " AND subject_customer_id = ?",
                        customer.id()))
                .isOne();
    }

    @Test
    void approving_a_company_correction_applies_it_and_audits_old_and_new() {
        Customer customer = data.customer("Bart", "Bedrijf");
        data.update("UPDATE customer SET type = 'BUSINESS', company_name = 'Oud BV' WHERE id = ?", customer.id());
        runAs(data.customerPrincipal(customer));
        String reference = service.requestCompanyCorrection(new be.cloudgroup.privacy.request.CompanyCorrectionCommand(
                        be.cloudgroup.privacy.customer.CompanyName.valueOf("Nieuw BV"),
                        be.cloudgroup.privacy.customer.VatNumber.valueOf("BE0417497106")))
                .reference()
                .toString();
        assertThat(data.count("SELECT COUNT(*) FROM customer WHERE id = ? AND company_name = 'Oud BV'", customer.id()))
                .isOne();

        runAs(data.staffPrincipal(Role.SUPPORT));
        service.close(reference, RequestStatus.COMPLETED, null, "Corrected.");

        assertThat(data.count(
                        "SELECT COUNT(*) FROM customer WHERE id = ? AND company_name = 'Nieuw BV'"
                                + " AND vat_number = 'BE0417497106'",
                        customer.id()))
                .isOne();
        assertThat(data.count("SELECT COUNT(*) FROM audit_event WHERE action = 'RECTIFICATION_APPLIED'"
                        + " AND details LIKE '%Oud BV%' AND details LIKE '%Nieuw BV%'"))
                .isOne();
    }

    @Test
    void erasing_the_rich_customer_keeps_invoices_and_ledger_evidence_removes_the_rest_and_ends_the_account()
            throws Exception {
        AccountPrincipal rika = data.richCustomer("Wissen");
        AccountPrincipal other = data.richCustomer("Blijft");
        long id = rika.customerId();
        Map<String, Long> otherBefore = counts(other.customerId());
        runAs(rika);
        String reference = service.file(FileRequestCommand.erasure(true, Set.of(), "Please forget me"))
                .reference()
                .toString();
        Map<String, Long> before = counts(id);
        runAs(data.staffPrincipal(Role.SUPPORT));

        ErasurePlan plan = service.erasurePlan(reference);
        assertThat(plan.kept()).extracting(ErasurePlan.Step::table).contains("invoice", "consent_decision");
        assertThat(plan.steps())
                .filteredOn(step -> step.table().equals("invoice"))
                .singleElement()
                .satisfies(step -> assertThat(step.keptUntil()).isNotNull());
        service.executeErasure(reference, "Your data has been erased.");

        Map<String, Long> after = counts(id);
        assertThat(before)
                .allSatisfy(
                        (table, rows) -> assertThat(rows).as("seeded %s", table).isPositive());
        Map<String, Long> expected = new LinkedHashMap<>(before);
        for (String gone : List.of(
                "contact_verification",
                "contact_code_request",
                "service_ticket",
                "communication",
                "campaign_enrolment",
                "portal_sign_in",
                "portal_account")) {
            expected.put(gone, 0L);
        }
        assertThat(after)
                .containsAllEntriesOf(Map.of(
                        "invoice",
                        before.get("invoice"),
                        "consent_decision",
                        before.get("consent_decision"),
                        "policy_acknowledgement",
                        before.get("policy_acknowledgement"),
                        "customer",
                        1L,
                        "privacy_request",
                        before.get("privacy_request")));
        assertThat(after).as("per table, before %s", before).isEqualTo(withAudit(expected, after));
        assertThat(after.get("audit_event")).isGreaterThan(before.get("audit_event"));
        assertThat(counts(other.customerId()))
                .as("another customer is untouched")
                .isEqualTo(otherBefore);
        assertThat(data.count("SELECT COUNT(*) FROM customer WHERE id = ? AND status = 'FORMER'", id))
                .isOne();
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ? AND actor_name = ?",
                        id,
                        rika.displayName()))
                .as("the customer's name is gone from the trail")
                .isZero();
        assertThat(data.count(
                        "SELECT COUNT(*) FROM processing_restriction r JOIN privacy_request q"
                                + " ON q.id = r.request_id WHERE q.customer_id = ? AND r.purpose_code IS NULL",
                        id))
                .isOne();
        assertThat(service.request(reference).orElseThrow().status()).isEqualTo(RequestStatus.COMPLETED);
        String outcome =
                mailTo(data.customerOf(rika), "het resultaat").getContent().toString();
        assertThat(outcome).contains("invoice").contains("GBA");
    }

    @Test
    void an_erasure_is_not_completed_without_executing_its_plan() {
        Customer customer = data.customer("Plan", "Eerst");
        runAs(data.customerPrincipal(customer));
        String reference = service.file(FileRequestCommand.erasure(true, Set.of(), null))
                .reference()
                .toString();
        runAs(data.staffPrincipal(Role.SUPPORT));

        assertThatThrownBy(() -> service.close(reference, RequestStatus.COMPLETED, null, "Done"))
                .isInstanceOf(RequestRefusedException.class);
        assertThat(data.count("SELECT COUNT(*) FROM portal_account WHERE customer_id = ?", customer.id()))
                .isOne();
    }

    @Test
    void the_customer_withdraws_until_completion_and_the_queue_sorts_by_days_left() {
        Customer customer = data.customer("Wim", "Intrekking");
        AccountPrincipal account = data.customerPrincipal(customer);
        runAs(account);
        String late = service.file(FileRequestCommand.inWords(RequestType.COPY, "Old one"))
                .reference()
                .toString();
        String fresh = service.file(FileRequestCommand.inWords(RequestType.COPY, "New one"))
                .reference()
                .toString();
        data.update(
                "UPDATE privacy_request SET received_on = received_on - INTERVAL 40 DAY,"
                        + " due_on = due_on - INTERVAL 40 DAY WHERE reference = ?",
                late);

        service.withdraw(fresh);
        assertThat(service.myRequest(fresh).orElseThrow().status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThatThrownBy(() -> service.withdraw(fresh)).isInstanceOf(RequestRefusedException.class);

        runAs(data.staffPrincipal(Role.SUPPORT));
        service.assignToMe(late);
        List<QueueEntry> mine = service.queue(new QueueFilter(RequestType.COPY, null, QueueFilter.Assignee.ME, null));
        assertThat(mine).extracting(entry -> entry.reference().toString()).containsExactly(late);
        assertThat(mine.get(0).overdue()).isTrue();
        List<QueueEntry> overdue = service.queue(new QueueFilter(null, null, null, QueueFilter.Due.OVERDUE));
        assertThat(overdue)
                .extracting(entry -> entry.reference().toString())
                .contains(late)
                .doesNotContain(fresh);
        assertThat(overdue).isSortedAccordingTo(java.util.Comparator.comparing(QueueEntry::daysLeft));

        int open = SystemTask.run(service::sendQueueSummary);
        assertThat(open).isPositive();
        assertThat(Arrays.stream(smtp().getReceivedMessages()).anyMatch(message -> {
                    try {
                        return message.getSubject().startsWith("Request queue:")
                                && message.getContent().toString().contains(late);
                    } catch (Exception e) {
                        return false;
                    }
                }))
                .isTrue();
    }

    @Test
    void the_dpo_summary_counts_requests_and_the_csv_lists_them_without_names() throws Exception {
        Customer customer = data.customer("Dina", "Telling");
        runAs(data.customerPrincipal(customer));
        String reference = service.file(FileRequestCommand.inWords(RequestType.DPO_QUESTION, "=HYPERLINK(1)"))
                .reference()
                .toString();
        runAs(data.staffPrincipal(Role.ADMIN));

        assertThat(service.dpoSummary().counts().get(RequestType.DPO_QUESTION).get(RequestStatus.RECEIVED))
                .isPositive();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        service.exportCsv(csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("reference,type,status,received_on,due_on")
                .contains(reference)
                .doesNotContain("Telling")
                .doesNotContain("HYPERLINK");
    }

    private MimeMessage mailTo(Customer customer, String subjectPart) throws Exception {
        for (MimeMessage message : smtp().getReceivedMessagesForDomain(customer.email())) {
            if (message.getSubject().contains(subjectPart)) {
                return message;
            }
        }
        throw new AssertionError("no mail to " + customer.email() + " about " + subjectPart);
    }

    private Map<String, Long> counts(long customerId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach((table, sql) -> counts.put(table, data.count(sql, customerId)));
        return counts;
    }

    private static Map<String, Long> withAudit(Map<String, Long> expected, Map<String, Long> after) {
        Map<String, Long> result = new LinkedHashMap<>(expected);
        result.put("audit_event", after.get("audit_event"));
        return result;
    }

    private static Map<String, String> tables() {
        Map<String, String> tables = new LinkedHashMap<>();
        for (String table : List.of(
                "contact_verification",
                "contact_code_request",
                "contract",
                "invoice",
                "service_ticket",
                "communication",
                "campaign_enrolment",
                "consent_decision",
                "policy_acknowledgement",
                "portal_sign_in",
                "portal_account",
                "privacy_request")) {
            tables.put(table, "SELECT COUNT(*) FROM " + table + " WHERE customer_id = ?");
        }
        tables.put("customer", "SELECT COUNT(*) FROM customer WHERE id = ?");
        tables.put("audit_event", "SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ?");
        return tables;
    }
}
