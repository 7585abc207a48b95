package be.cloudgroup.privacy.ui.account;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.AccountStatus;
import be.cloudgroup.privacy.account.AccountSummary;
import be.cloudgroup.privacy.account.AdminBootstrap;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.ui.KaribuTest;
import be.cloudgroup.privacy.ui.security.SystemTask;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountsViewTest extends KaribuTest {

    @Autowired
    private AdminBootstrap bootstrap;

    @Test
    void the_admin_sees_every_account_with_roles_and_status_from_the_database() {
        data.account("locked-person@example.org", "Locked Person", AccountStatus.LOCKED, null, Role.SUPPORT);
        signIn(data.staffPrincipal(Role.ADMIN));

        UI.getCurrent().navigate(AccountsView.class);

        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = _get(Grid.class, spec -> spec.withId("accounts"));
        assertThat(_size(grid)).isEqualTo((int) data.count("SELECT COUNT(*) FROM portal_account"));
        assertThat(_findAll(grid))
                .filteredOn(account -> account.email().equals("locked-person@example.org"))
                .singleElement()
                .satisfies(account -> {
                    assertThat(account.status()).isEqualTo(AccountStatus.LOCKED);
                    assertThat(account.roles()).containsExactly(Role.SUPPORT);
                    assertThat(account.linked()).isFalse();
                });
    }

    @Test
    void the_bootstrap_setting_never_mints_a_second_admin_once_an_admin_exists() {
        assertThat(SystemTask.run(() -> bootstrap.ensureAdmin(EmailAddress.valueOf("someone-new@example.org"))))
                .isFalse();
        assertThat(data.count("SELECT COUNT(*) FROM portal_account WHERE email = 'someone-new@example.org'"))
                .isZero();
    }

    @Test
    void the_bootstrap_admin_from_configuration_exists_once() {
        assertThat(data.count("SELECT COUNT(*) FROM portal_account a JOIN portal_account_role r ON r.account_id = a.id"
                        + " WHERE a.email = 'bootstrap-admin@example.org' AND r.role = 'ADMIN'"))
                .isEqualTo(1);
    }
}
