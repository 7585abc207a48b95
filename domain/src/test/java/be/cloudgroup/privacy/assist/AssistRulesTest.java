package be.cloudgroup.privacy.assist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.AccountRecord;
import be.cloudgroup.privacy.account.AccountStatus;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.assist.AssistRefusedException.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AssistRulesTest {

    private static final Instant NOW = Instant.parse("2025-03-10T13:17:00Z");

    @Test
    void only_support_staff_and_admins_assist() {
        assertThatCode(() -> AssistRules.checkStaff(principal(Role.SUPPORT))).doesNotThrowAnyException();
        assertThatCode(() -> AssistRules.checkStaff(principal(Role.ADMIN))).doesNotThrowAnyException();
        assertRefused(() -> AssistRules.checkStaff(principal(Role.CUSTOMER)), Reason.NOT_STAFF);
    }

    @Test
    void an_active_customer_only_account_may_be_assisted() {
        assertThatCode(() -> AssistRules.checkTarget(List.of(account(AccountStatus.ACTIVE, Role.CUSTOMER))))
                .doesNotThrowAnyException();
    }

    @Test
    void an_account_with_a_staff_or_admin_role_is_never_assisted() {
        assertRefused(
                () -> AssistRules.checkTarget(List.of(account(AccountStatus.ACTIVE, Role.CUSTOMER, Role.SUPPORT))),
                Reason.TARGET_IS_STAFF);
        assertRefused(
                () -> AssistRules.checkTarget(List.of(account(AccountStatus.ACTIVE, Role.ADMIN))),
                Reason.TARGET_IS_STAFF);
    }

    @ParameterizedTest
    @EnumSource(
            value = AccountStatus.class,
            names = {"LOCKED", "DISABLED"})
    void a_locked_or_disabled_account_is_never_assisted(AccountStatus status) {
        assertRefused(() -> AssistRules.checkTarget(List.of(account(status, Role.CUSTOMER))), Reason.TARGET_NOT_ACTIVE);
    }

    @Test
    void a_customer_without_a_portal_account_is_not_assisted() {
        assertRefused(() -> AssistRules.checkTarget(List.of()), Reason.NO_PORTAL_ACCOUNT);
    }

    @Test
    void a_staff_member_in_an_open_session_cannot_start_another_inside_it() {
        assertRefused(
                () -> AssistRules.checkNoOpenSession(
                        Optional.of(session(AssistMode.MAY_ACT, NOW.plusSeconds(60))), Optional.empty(), NOW),
                Reason.STAFF_HAS_SESSION);
    }

    @Test
    void a_customer_is_assisted_by_one_staff_member_at_a_time() {
        assertRefused(
                () -> AssistRules.checkNoOpenSession(
                        Optional.empty(), Optional.of(session(AssistMode.MAY_ACT, NOW.plusSeconds(60))), NOW),
                Reason.CUSTOMER_HAS_SESSION);
    }

    @Test
    void a_session_past_its_end_time_no_longer_blocks_a_new_one() {
        assertThatCode(() -> AssistRules.checkNoOpenSession(
                        Optional.of(session(AssistMode.MAY_ACT, NOW)),
                        Optional.of(session(AssistMode.MAY_ACT, NOW.minusSeconds(1))),
                        NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void a_session_lasts_fifteen_minutes_unless_chosen_and_at_most_sixty() {
        assertThat(AssistRules.length(null)).isEqualTo(Duration.ofMinutes(15));
        assertThat(AssistRules.length(Duration.ofMinutes(60))).isEqualTo(Duration.ofMinutes(60));
        assertRefused(() -> AssistRules.length(Duration.ofMinutes(61)), Reason.INVALID_LENGTH);
        assertRefused(() -> AssistRules.length(Duration.ZERO), Reason.INVALID_LENGTH);
    }

    @Test
    void a_session_without_code_needs_a_category_a_reason_and_a_ticket() {
        assertThatCode(() -> AssistRules.checkJustification(AssistReasonCategory.COMPLAINT, "Invoice address", "T-1"))
                .doesNotThrowAnyException();
        assertRefused(() -> AssistRules.checkJustification(null, "Invoice address", "T-1"), Reason.REASON_REQUIRED);
        assertRefused(
                () -> AssistRules.checkJustification(AssistReasonCategory.COMPLAINT, " ", "T-1"),
                Reason.REASON_REQUIRED);
        assertRefused(
                () -> AssistRules.checkJustification(AssistReasonCategory.COMPLAINT, "Invoice address", ""),
                Reason.REASON_REQUIRED);
    }

    @Test
    void a_session_is_extended_once_with_a_reason() {
        AssistSession open = session(AssistMode.MAY_ACT, NOW.plusSeconds(60));
        assertThatCode(() -> AssistRules.checkExtension(open, Duration.ofMinutes(10), "Still on the phone", NOW))
                .doesNotThrowAnyException();
        assertRefused(() -> AssistRules.checkExtension(open, Duration.ofMinutes(10), "", NOW), Reason.REASON_REQUIRED);
        AssistSession extended = new AssistSession(
                1,
                2,
                "Sam",
                3,
                4,
                "C",
                "Rita",
                AssistMode.MAY_ACT,
                null,
                null,
                null,
                NOW.minusSeconds(600),
                NOW.plusSeconds(60),
                "once",
                null,
                null,
                null);
        assertRefused(
                () -> AssistRules.checkExtension(extended, Duration.ofMinutes(10), "again", NOW),
                Reason.ALREADY_EXTENDED);
    }

    @ParameterizedTest
    @EnumSource(
            value = AssistOperation.class,
            names = {
                "DOWNLOAD_ARCHIVE",
                "CHANGE_EMAIL_OR_MOBILE",
                "LIFT_OBJECTION",
                "ACKNOWLEDGE_POLICY",
                "CREATE_ACCESS_CODE",
                "STAFF_TOOLS"
            })
    void forbidden_operations_are_refused_even_when_the_session_may_act(AssistOperation operation) {
        assertRefused(() -> AssistRules.checkOperation(AssistMode.MAY_ACT, operation), Reason.FORBIDDEN_IN_SESSION);
    }

    @ParameterizedTest
    @EnumSource(
            value = AssistOperation.class,
            names = {"CORRECT_CONTACT_DETAILS", "GIVE_OR_WITHDRAW_CONSENT", "OBJECT", "FILE_REQUEST"})
    void a_read_only_session_changes_nothing_a_session_with_the_code_may(AssistOperation operation) {
        assertRefused(() -> AssistRules.checkOperation(AssistMode.READ_ONLY, operation), Reason.READ_ONLY);
        assertThatCode(() -> AssistRules.checkOperation(AssistMode.MAY_ACT, operation))
                .doesNotThrowAnyException();
    }

    @Test
    void every_session_may_look() {
        assertThatCode(() -> AssistRules.checkOperation(AssistMode.READ_ONLY, AssistOperation.READ))
                .doesNotThrowAnyException();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        AssistRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(reason));
    }

    private static AccountPrincipal principal(Role role) {
        return new AccountPrincipal(1, "Sam", Set.of(role), null, null);
    }

    private static AccountRecord account(AccountStatus status, Role... roles) {
        return new AccountRecord(7, "rita@example.org", "Rita", status, Set.of(roles), 3L, "C");
    }

    private static AssistSession session(AssistMode mode, Instant endsAt) {
        return new AssistSession(
                1,
                2,
                "Sam",
                3,
                4,
                "C",
                "Rita",
                mode,
                null,
                null,
                null,
                endsAt.minusSeconds(900),
                endsAt,
                null,
                null,
                null,
                null);
    }
}
