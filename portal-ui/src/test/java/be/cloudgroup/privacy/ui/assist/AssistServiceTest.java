package be.cloudgroup.privacy.ui.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.AccountStatus;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.activity.ActivityEntry;
import be.cloudgroup.privacy.activity.ActivityFilter;
import be.cloudgroup.privacy.activity.ActivityService;
import be.cloudgroup.privacy.assist.AccessCode;
import be.cloudgroup.privacy.assist.AssistEndReason;
import be.cloudgroup.privacy.assist.AssistMode;
import be.cloudgroup.privacy.assist.AssistReasonCategory;
import be.cloudgroup.privacy.assist.AssistRefusedException;
import be.cloudgroup.privacy.assist.AssistRefusedException.Reason;
import be.cloudgroup.privacy.assist.AssistService;
import be.cloudgroup.privacy.assist.AssistSession;
import be.cloudgroup.privacy.assist.AssistSessions;
import be.cloudgroup.privacy.assist.CurrentSubject;
import be.cloudgroup.privacy.assist.StartAssistCommand;
import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.correction.ContactChannel;
import be.cloudgroup.privacy.correction.ContactDetails;
import be.cloudgroup.privacy.correction.ContactVerificationService;
import be.cloudgroup.privacy.correction.CorrectContactDetailsCommand;
import be.cloudgroup.privacy.correction.CorrectionService;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.customer.PostalAddress;
import be.cloudgroup.privacy.download.DownloadService;
import be.cloudgroup.privacy.mydata.MyDataService;
import be.cloudgroup.privacy.policy.PolicyService;
import be.cloudgroup.privacy.preferences.ConsentSubject;
import be.cloudgroup.privacy.preferences.DecideCommand;
import be.cloudgroup.privacy.preferences.Decision;
import be.cloudgroup.privacy.preferences.PreferencesService;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.support.SupportService;
import be.cloudgroup.privacy.ui.PortalTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Every rule and refusal of assist sessions, through the real services on MariaDB. */
class AssistServiceTest extends PortalTest {

    @Autowired
    private AssistService assist;

    @Autowired
    private AssistSessions sessions;

    @Autowired
    private CurrentSubject subject;

    @Autowired
    private MyDataService myData;

    @Autowired
    private CorrectionService correction;

    @Autowired
    private ContactVerificationService verification;

    @Autowired
    private PreferencesService preferences;

    @Autowired
    private PolicyService policy;

    @Autowired
    private DownloadService download;

    @Autowired
    private SupportService support;

    @Autowired
    private ActivityService activity;

    @AfterEach
    void removeAssistRows() {
        data.update("DELETE FROM assist_session WHERE staff_name LIKE 'Staff %'");
    }

    @Test
    void a_session_with_the_customers_code_may_act_and_its_correction_names_the_staff_member_and_session() {
        Customer customer = data.customer("Rita", "Roos");
        AccountPrincipal staff = data.staffPrincipal(Role.SUPPORT);
        AssistSession session = startWithCode(customer, staff);

        assertThat(session.mode()).isEqualTo(AssistMode.MAY_ACT);
        assertThat(myData.myData().person().customerNumber()).isEqualTo(customer.customerNumber());
        ContactDetails details = correction.currentDetails();
        correction.correct(street(details, "Veldstraat"));

        assertThat(data.count("SELECT COUNT(*) FROM customer WHERE id = ? AND street = 'Veldstraat'", customer.id()))
                .isOne();
        assertThat(data.count(
                        """
                SELECT COUNT(*) FROM audit_event WHERE action = 'CONTACT_DETAILS_CORRECTED' AND subject_customer_id = ?
                  AND actor_account_id = ? AND on_behalf_of_account_id = ? AND details LIKE ?""",
                        customer.id(),
                        staff.accountId(),
                        staff.accountId(),
                        "%\"assistSession\":\"" + session.id() + "\"%"))
                .isOne();
    }

    @Test
    void the_staff_members_identity_never_changes_during_a_session() {
        Customer customer = data.customer("Ivo", "Identiteit");
        AccountPrincipal staff = data.staffPrincipal(Role.SUPPORT);
        startWithCode(customer, staff);

        assertThat(be.cloudgroup.privacy.account.CurrentAccount.require().accountId())
                .isEqualTo(staff.accountId());
        assertThat(subject.require(be.cloudgroup.privacy.assist.AssistOperation.READ)
                        .customerId())
                .isEqualTo(customer.id());
    }

    @Test
    void staff_without_an_open_session_see_no_customer_data() {
        data.customer("Nora", "Niemand");
        runAs(data.staffPrincipal(Role.SUPPORT));

        assertThatThrownBy(() -> myData.myData()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_consent_given_in_a_session_is_in_the_ledger_as_by_the_staff_member_on_request_with_the_session() {
        Customer customer = data.customer("Cas", "Consent");
        AccountPrincipal staff = data.staffPrincipal(Role.SUPPORT);
        AssistSession session = startWithCode(customer, staff);

        preferences.decide(new DecideCommand(
                ConsentSubject.channel(CommunicationChannel.EMAIL), Decision.GIVEN, UUID.randomUUID()));

        assertThat(data.count("""
                SELECT COUNT(*) FROM consent_decision WHERE customer_id = ? AND means = 'STAFF_ON_REQUEST'
                  AND actor_account_id = ? AND actor_name = ?""", customer.id(), staff.accountId(), "Staff SUPPORT · #" + session.id()))
                .isOne();
    }

    @Test
    void a_read_only_session_refuses_every_change_and_records_the_refusal() {
        Customer customer = data.customer("Lea", "Lezen");
        AccountPrincipal staff = data.staffPrincipal(Role.SUPPORT);
        customerAccount(customer);
        runAs(staff);
        AssistSession session = assist.start(StartAssistCommand.withoutCode(
                number(customer), AssistReasonCategory.COMPLAINT, "Invoice address question", "T-1234", null));
        assertThat(session.mode()).isEqualTo(AssistMode.READ_ONLY);

        ContactDetails details = correction.currentDetails();
        assertRefused(() -> correction.correct(street(details, "Veldstraat")), Reason.READ_ONLY);
        assertRefused(
                () -> preferences.decide(new DecideCommand(
                        ConsentSubject.channel(CommunicationChannel.EMAIL), Decision.WITHDRAWN, UUID.randomUUID())),
                Reason.READ_ONLY);
        assertThat(data.count("SELECT COUNT(*) FROM customer WHERE id = ? AND street = 'Korenmarkt'", customer.id()))
                .isOne();
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'ASSIST_ACTION_REFUSED'"
                                + " AND subject_customer_id = ?",
                        customer.id()))
                .isEqualTo(2);
    }

    @Test
    void a_session_without_code_needs_category_reason_and_ticket_and_each_refusal_is_audited() {
        Customer customer = data.customer("Rob", "Reden");
        customerAccount(customer);
        AccountPrincipal staff = data.staffPrincipal(Role.SUPPORT);
        runAs(staff);

        assertRefused(
                () -> assist.start(StartAssistCommand.withoutCode(
                        number(customer), AssistReasonCategory.COMPLAINT, "Invoice", " ", null)),
                Reason.REASON_REQUIRED);
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'ASSIST_SESSION_REFUSED'"
                                + " AND actor_account_id = ? AND details LIKE '%REASON_REQUIRED%'",
                        staff.accountId()))
                .isOne();
    }

    @Test
    void each_forbidden_action_is_refused_in_the_service_even_in_a_session_that_may_act() {
        Customer customer = data.customer("Fien", "Verboden");
        // a staff member who is also a customer passes every @RolesAllowed: only the session rules stop them
        Customer own = data.customer("Stan", "Staff");
        long staffAccount = data.account(
                "staff-customer-" + own.id() + "@example.org",
                "Staff Both",
                AccountStatus.ACTIVE,
                own.id(),
                Role.SUPPORT,
                Role.CUSTOMER);
        AccountPrincipal staff = new AccountPrincipal(
                staffAccount, "Staff Both", Set.of(Role.SUPPORT, Role.CUSTOMER), own.id(), own.customerNumber());
        startWithCode(customer, staff);

        assertRefused(() -> verification.requestEmailChange("new@example.org"), Reason.FORBIDDEN_IN_SESSION);
        assertRefused(() -> verification.requestMobileChange("+32470999999"), Reason.FORBIDDEN_IN_SESSION);
        assertRefused(() -> verification.confirm(ContactChannel.EMAIL, "123456"), Reason.FORBIDDEN_IN_SESSION);
        assertRefused(
                () -> preferences.decide(new DecideCommand(
                        ConsentSubject.purpose("TARGETED_OFFERS"), Decision.OBJECTION_LIFTED, UUID.randomUUID())),
                Reason.FORBIDDEN_IN_SESSION);
        assertRefused(() -> policy.acknowledge(1), Reason.FORBIDDEN_IN_SESSION);
        assertRefused(() -> assist.createAccessCode(), Reason.FORBIDDEN_IN_SESSION);
        assertRefused(() -> support.search("Verboden"), Reason.FORBIDDEN_IN_SESSION);
        assertRefused(() -> assist.overview(number(own)), Reason.FORBIDDEN_IN_SESSION);
        assertThatThrownBy(() -> download.requestDownload(Language.EN))
                .isInstanceOf(be.cloudgroup.privacy.download.DownloadRefusedException.class);
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'ARCHIVE_DOWNLOAD_REFUSED'"
                                + " AND actor_account_id = ?",
                        staffAccount))
                .isOne();
    }

    @Test
    void support_staff_without_the_customer_role_cannot_reach_the_download_at_all() {
        Customer customer = data.customer("Dirk", "Download");
        startWithCode(customer, data.staffPrincipal(Role.SUPPORT));

        assertThatThrownBy(() -> download.requestDownload(Language.EN)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_staff_or_admin_account_is_never_assisted() {
        Customer customer = data.customer("Sara", "Staff");
        data.account(
                "both-" + customer.id() + "@example.org",
                "Sara Staff",
                AccountStatus.ACTIVE,
                customer.id(),
                Role.CUSTOMER,
                Role.ADMIN);
        runAs(data.staffPrincipal(Role.SUPPORT));

        assertRefused(() -> assist.start(withoutCode(customer)), Reason.TARGET_IS_STAFF);
    }

    @Test
    void a_locked_account_is_never_assisted() {
        Customer customer = data.customer("Lot", "Locked");
        data.account(
                "locked-" + customer.id() + "@example.org",
                "Lot Locked",
                AccountStatus.LOCKED,
                customer.id(),
                Role.CUSTOMER);
        runAs(data.staffPrincipal(Role.SUPPORT));

        assertRefused(() -> assist.start(withoutCode(customer)), Reason.TARGET_NOT_ACTIVE);
    }

    @Test
    void there_is_no_session_inside_a_session_and_one_staff_member_per_customer() {
        Customer first = data.customer("Eva", "Eerste");
        Customer second = data.customer("Tom", "Tweede");
        customerAccount(second);
        AccountPrincipal staff = data.staffPrincipal(Role.SUPPORT);
        startWithCode(first, staff);

        assertRefused(() -> assist.start(withoutCode(second)), Reason.STAFF_HAS_SESSION);

        runAs(data.staffPrincipal(Role.ADMIN));
        assertRefused(() -> assist.start(withoutCode(first)), Reason.CUSTOMER_HAS_SESSION);
    }

    @Test
    void five_wrong_codes_end_the_code() {
        Customer customer = data.customer("Vijf", "Fout");
        AccountPrincipal owner = customerAccount(customer);
        runAs(owner);
        AccessCode code = assist.createAccessCode();
        String wrong = code.code().equals("000000") ? "111111" : "000000";
        runAs(data.staffPrincipal(Role.SUPPORT));

        for (int left = 4; left >= 1; left--) {
            int expected = left;
            assertThatThrownBy(() -> assist.start(StartAssistCommand.withCode(number(customer), wrong, null)))
                    .isInstanceOfSatisfying(AssistRefusedException.class, refused -> {
                        assertThat(refused.reason()).isEqualTo(Reason.WRONG_CODE);
                        assertThat(refused.arguments()).containsExactly(expected);
                    });
        }
        assertRefused(
                () -> assist.start(StartAssistCommand.withCode(number(customer), wrong, null)), Reason.NO_VALID_CODE);
        assertRefused(
                () -> assist.start(StartAssistCommand.withCode(number(customer), code.code(), null)),
                Reason.NO_VALID_CODE);
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'ASSIST_ACCESS_CODE_REJECTED'"
                                + " AND subject_customer_id = ?",
                        customer.id()))
                .isEqualTo(5);
    }

    @Test
    void a_code_is_used_once() {
        Customer customer = data.customer("Een", "Keer");
        AccountPrincipal owner = customerAccount(customer);
        runAs(owner);
        AccessCode code = assist.createAccessCode();
        runAs(data.staffPrincipal(Role.SUPPORT));
        assist.start(StartAssistCommand.withCode(number(customer), code.code(), null));
        assist.endMine();

        assertRefused(
                () -> assist.start(StartAssistCommand.withCode(number(customer), code.code(), null)),
                Reason.NO_VALID_CODE);
    }

    @Test
    void a_session_past_its_end_time_gives_no_access_and_is_ended_as_expired_at_its_end_time() {
        Customer customer = data.customer("Tijd", "Om");
        AccountPrincipal staff = data.staffPrincipal(Role.SUPPORT);
        AssistSession session = startWithCode(customer, staff);
        Clock later = Clock.fixed(session.endsAt().plusSeconds(1), ZoneOffset.UTC);

        CurrentSubject afterTheEnd = new CurrentSubject(sessions, null, later);
        assertThatThrownBy(afterTheEnd::customerId).isInstanceOf(AccessDeniedException.class);

        // the sweep, as the portal runs it, with the later clock
        AssistService sweeper = new AssistService(
                sessions,
                null,
                null,
                null,
                null,
                new be.cloudgroup.privacy.audit.Auditor(event -> {}, later, java.util.Optional::empty),
                later,
                "test");
        new org.springframework.transaction.support.TransactionTemplate(transactions)
                .executeWithoutResult(status -> sweeper.endOverdueAndLocked());
        AssistSession ended = sessions.find(session.id()).orElseThrow();
        assertThat(ended.endReason()).isEqualTo(AssistEndReason.EXPIRED);
        assertThat(ended.endedAt()).isEqualTo(session.endsAt());
    }

    @Test
    void the_customer_sees_the_session_and_ends_it_at_once() {
        Customer customer = data.customer("Klant", "Stopt");
        AccountPrincipal owner = customerAccount(customer);
        runAs(owner);
        AccessCode code = assist.createAccessCode();
        AccountPrincipal staff = data.staffPrincipal(Role.SUPPORT);
        runAs(staff);
        AssistSession session = assist.start(StartAssistCommand.withCode(number(customer), code.code(), null));

        runAs(owner);
        assertThat(assist.sessionOnMe()).map(AssistSession::id).contains(session.id());
        ActivityEntry entry = activity.page(ActivityFilter.EVERYTHING, 0, 50).stream()
                .filter(found -> found.action().equals("ASSIST_SESSION_STARTED"))
                .findFirst()
                .orElseThrow();
        assertThat(entry.details())
                .containsEntry(ActivityService.SESSION_STAFF, "Staff SUPPORT")
                .containsEntry(ActivityService.SESSION_OPEN, "true");
        assertThat(assist.endOnMe()).isTrue();

        runAs(staff);
        assertThat(assist.mySession()).isEmpty();
        assertThatThrownBy(() -> myData.myData()).isInstanceOf(AccessDeniedException.class);
        assertThat(sessions.find(session.id()).orElseThrow().endReason()).isEqualTo(AssistEndReason.ENDED_BY_CUSTOMER);
    }

    @Test
    void a_session_is_extended_once_with_a_reason() {
        Customer customer = data.customer("Lang", "Er");
        AssistSession session = startWithCode(customer, data.staffPrincipal(Role.SUPPORT));

        AssistSession extended = assist.extend(Duration.ofMinutes(10), "Customer still on the line");

        assertThat(extended.endsAt()).isEqualTo(session.endsAt().plus(Duration.ofMinutes(10)));
        assertRefused(() -> assist.extend(Duration.ofMinutes(10), "Again"), Reason.ALREADY_EXTENDED);
    }

    @Test
    void support_searches_need_three_characters_are_capped_and_audited() {
        data.customer("Zoe", "Zoekterm");
        AccountPrincipal staff = data.staffPrincipal(Role.SUPPORT);
        runAs(staff);

        assertThatThrownBy(() -> support.search("zo"))
                .isInstanceOf(be.cloudgroup.privacy.shared.InvalidValueException.class);
        SupportService.SearchResult result = support.search("Zoekterm");

        assertThat(result.matches())
                .hasSizeLessThanOrEqualTo(SupportService.MAX_RESULTS)
                .isNotEmpty();
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'CUSTOMER_SEARCHED'"
                                + " AND actor_account_id = ? AND details LIKE '%Zoekterm%'",
                        staff.accountId()))
                .isOne();
    }

    @Autowired
    private org.springframework.transaction.PlatformTransactionManager transactions;

    private AccountPrincipal customerAccount(Customer customer) {
        return data.customerPrincipal(customer);
    }

    private AssistSession startWithCode(Customer customer, AccountPrincipal staff) {
        runAs(customerAccount(customer));
        AccessCode code = assist.createAccessCode();
        runAs(staff);
        return assist.start(StartAssistCommand.withCode(number(customer), code.code(), null));
    }

    private static StartAssistCommand withoutCode(Customer customer) {
        return StartAssistCommand.withoutCode(
                number(customer),
                AssistReasonCategory.CUSTOMER_REQUEST,
                "Customer asked about their invoices",
                "T-42",
                null);
    }

    private static CustomerNumber number(Customer customer) {
        return CustomerNumber.valueOf(customer.customerNumber());
    }

    private static CorrectContactDetailsCommand street(ContactDetails details, String street) {
        return new CorrectContactDetailsCommand(
                details.salutation(),
                details.firstName(),
                details.lastName(),
                PostalAddress.valueOf(
                        street, details.houseNumber(), null, details.postalCode(), details.city(), details.country()),
                null,
                details.language(),
                details.version());
    }

    private static void assertRefused(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        AssistRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(reason));
    }
}
