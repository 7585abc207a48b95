package be.cloudgroup.privacy.ui.error;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.ui.KaribuTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;

/** A customer who pastes another customer's public id in an address sees "not found"; the attempt is audited. */
class ForeignReferenceTest extends KaribuTest {

    @Test
    void another_customers_number_in_an_address_is_not_found_and_audited() {
        Customer me = data.customer("Mona", "Mine");
        Customer other = data.customer("Otto", "Other");
        AccountPrincipal account = data.customerPrincipal(me);
        signIn(account);

        UI.getCurrent().navigate("my-data/" + other.customerNumber().toLowerCase());

        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        assertThat(data.count("SELECT COUNT(*) FROM audit_event WHERE actor_account_id = ?"
                + " AND action = 'FOREIGN_REFERENCE_REFUSED' AND target_id = ? AND subject_customer_id IS NULL",
                account.accountId(), other.customerNumber())).isEqualTo(1);
    }

    @Test
    void ones_own_number_or_an_unknown_number_is_not_an_attempt() {
        Customer me = data.customer("Nele", "Nummer");
        AccountPrincipal account = data.customerPrincipal(me);
        signIn(account);

        UI.getCurrent().navigate("my-data/" + me.customerNumber());
        UI.getCurrent().navigate("my-data/" + CustomerNumber.of(9_999_999));

        assertThat(data.count("SELECT COUNT(*) FROM audit_event WHERE actor_account_id = ?"
                + " AND action = 'FOREIGN_REFERENCE_REFUSED'", account.accountId())).isZero();
    }
}
