package be.cloudgroup.privacy.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.shared.InvalidValueException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountRulesTest {

    private static final long ME = 1;
    private static final long OTHER = 2;

    private static AccountRecord account(long id, AccountStatus status, Long customerId, Role... roles) {
        return new AccountRecord(
                id,
                "a" + id + "@example.org",
                "Account " + id,
                status,
                Set.of(roles),
                customerId,
                customerId == null ? null : "CG0000001");
    }

    @Test
    void an_admin_cannot_lock_themself() {
        assertThat(AccountRules.lock(account(ME, AccountStatus.ACTIVE, null, Role.ADMIN), ME, 5))
                .contains(AccountRefusal.SELF_LOCK);
    }

    @Test
    void an_admin_cannot_disable_themself() {
        assertThat(AccountRules.disable(account(ME, AccountStatus.ACTIVE, null, Role.ADMIN), ME, 5))
                .contains(AccountRefusal.SELF_DISABLE);
    }

    @Test
    void an_admin_cannot_demote_themself() {
        assertThat(AccountRules.changeRoles(
                        account(ME, AccountStatus.ACTIVE, null, Role.ADMIN, Role.SUPPORT), Set.of(Role.SUPPORT), ME, 5))
                .contains(AccountRefusal.SELF_DEMOTE);
    }

    @Test
    void an_admin_may_add_a_role_to_themself() {
        assertThat(AccountRules.changeRoles(
                        account(ME, AccountStatus.ACTIVE, null, Role.ADMIN), Set.of(Role.ADMIN, Role.SUPPORT), ME, 1))
                .isEmpty();
    }

    @Test
    void an_admin_cannot_unlink_their_own_identity() {
        assertThat(AccountRules.unlinkIdentity(account(ME, AccountStatus.ACTIVE, null, Role.ADMIN), true, ME))
                .contains(AccountRefusal.SELF_UNLINK);
    }

    @Test
    void the_last_active_admin_cannot_lose_the_role() {
        AccountRecord lastAdmin = account(OTHER, AccountStatus.ACTIVE, null, Role.ADMIN);
        assertThat(AccountRules.changeRoles(lastAdmin, Set.of(Role.SUPPORT), ME, 1))
                .contains(AccountRefusal.LAST_ADMIN);
        assertThat(AccountRules.lock(lastAdmin, ME, 1)).contains(AccountRefusal.LAST_ADMIN);
        assertThat(AccountRules.disable(lastAdmin, ME, 1)).contains(AccountRefusal.LAST_ADMIN);
    }

    @Test
    void an_admin_loses_the_role_when_another_active_admin_remains() {
        AccountRecord admin = account(OTHER, AccountStatus.ACTIVE, null, Role.ADMIN);
        assertThat(AccountRules.changeRoles(admin, Set.of(Role.SUPPORT), ME, 2)).isEmpty();
        assertThat(AccountRules.lock(admin, ME, 2)).isEmpty();
    }

    @Test
    void a_locked_admin_does_not_count_as_the_last_active_one() {
        assertThat(AccountRules.changeRoles(
                        account(OTHER, AccountStatus.LOCKED, null, Role.ADMIN), Set.of(Role.SUPPORT), ME, 1))
                .isEmpty();
    }

    @Test
    void a_staff_account_is_never_linked_to_a_customer_record() {
        assertThat(AccountRules.roles(Set.of(Role.SUPPORT), true)).contains(AccountRefusal.STAFF_WITH_CUSTOMER);
        assertThat(AccountRules.roles(Set.of(Role.CUSTOMER, Role.ADMIN), true))
                .contains(AccountRefusal.STAFF_WITH_CUSTOMER);
        assertThat(AccountRules.changeRoles(
                        account(OTHER, AccountStatus.ACTIVE, 42L, Role.CUSTOMER),
                        Set.of(Role.CUSTOMER, Role.SUPPORT),
                        ME,
                        2))
                .contains(AccountRefusal.STAFF_WITH_CUSTOMER);
    }

    @Test
    void the_customer_role_needs_a_customer_record_and_staff_roles_none() {
        assertThat(AccountRules.roles(Set.of(Role.CUSTOMER), false)).contains(AccountRefusal.CUSTOMER_WITHOUT_CUSTOMER);
        assertThat(AccountRules.roles(Set.of(Role.CUSTOMER), true)).isEmpty();
        assertThat(AccountRules.roles(Set.of(Role.SUPPORT, Role.ADMIN), false)).isEmpty();
        assertThat(AccountRules.roles(Set.of(), false)).contains(AccountRefusal.NO_ROLE);
    }

    @Test
    void status_moves_only_along_lock_unlock_disable_reenable() {
        assertThat(AccountRules.unlock(account(OTHER, AccountStatus.ACTIVE, null, Role.SUPPORT)))
                .contains(AccountRefusal.NOT_LOCKED);
        assertThat(AccountRules.lock(account(OTHER, AccountStatus.DISABLED, null, Role.SUPPORT), ME, 2))
                .contains(AccountRefusal.NOT_ACTIVE);
        assertThat(AccountRules.reenable(account(OTHER, AccountStatus.LOCKED, null, Role.SUPPORT)))
                .contains(AccountRefusal.NOT_DISABLED);
        assertThat(AccountRules.disable(account(OTHER, AccountStatus.DISABLED, null, Role.SUPPORT), ME, 2))
                .contains(AccountRefusal.ALREADY_DISABLED);
        assertThat(AccountRules.disable(account(OTHER, AccountStatus.LOCKED, null, Role.SUPPORT), ME, 2))
                .isEmpty();
        assertThat(AccountRules.reenable(account(OTHER, AccountStatus.DISABLED, null, Role.SUPPORT)))
                .isEmpty();
    }

    @Test
    void the_same_roles_again_are_no_change() {
        assertThat(AccountRules.changeRoles(
                        account(OTHER, AccountStatus.ACTIVE, null, Role.SUPPORT), Set.of(Role.SUPPORT), ME, 2))
                .contains(AccountRefusal.UNCHANGED);
    }

    @Test
    void unlinking_needs_a_linked_identity() {
        assertThat(AccountRules.unlinkIdentity(account(OTHER, AccountStatus.ACTIVE, null, Role.SUPPORT), false, ME))
                .contains(AccountRefusal.NO_IDENTITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "ok", "  x "})
    void every_change_needs_a_reason(String reason) {
        assertThatThrownBy(() -> ChangeReason.valueOf(reason))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).messageKey())
                .isEqualTo("account.reason.required");
    }

    @Test
    void a_reason_is_kept_trimmed_and_has_a_maximum_length() {
        assertThat(ChangeReason.valueOf("  ticket 4711 ").text()).isEqualTo("ticket 4711");
        assertThat(ChangeReason.isValid("x".repeat(ChangeReason.MAX_LENGTH))).isTrue();
        assertThat(ChangeReason.isValid("x".repeat(ChangeReason.MAX_LENGTH + 1)))
                .isFalse();
    }

    @Test
    void a_refusal_names_its_translation_key() {
        assertThat(AccountRefusal.LAST_ADMIN.messageKey()).isEqualTo("account.refused.last-admin");
    }

    @Test
    void a_token_is_random_and_only_its_hash_is_compared() {
        String token = SecretTokens.random();
        assertThat(token).hasSize(43).doesNotContain("+", "/", "=");
        assertThat(SecretTokens.random()).isNotEqualTo(token);
        assertThat(SecretTokens.hash(token))
                .hasSize(64)
                .isEqualTo(SecretTokens.hash(token))
                .doesNotContain(token);
    }
}
