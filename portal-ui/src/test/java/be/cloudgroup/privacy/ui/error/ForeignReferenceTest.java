package be.cloudgroup.privacy.ui.error;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.ForeignReferenceGuard;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.ui.PortalTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An address naming another customer's public id is recorded for the administrators (the browser
 * test shows the person gets "not found").
 */
class ForeignReferenceTest extends PortalTest {

    @Autowired
    private ForeignReferenceGuard guard;

    @Test
    void another_customers_number_in_an_address_is_audited() {
        Customer me = data.customer("Mona", "Mine");
        Customer other = data.customer("Otto", "Other");
        AccountPrincipal account = data.customerPrincipal(me);
        runAs(account);

        guard.unknownAddressOpened("my-data/" + other.customerNumber().toLowerCase());

        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE actor_account_id = ?"
                                + " AND action = 'FOREIGN_REFERENCE_REFUSED' AND target_id = ? AND subject_customer_id IS NULL",
                        account.accountId(),
                        other.customerNumber()))
                .isEqualTo(1);
    }

    @Test
    void ones_own_number_or_an_unknown_number_is_not_an_attempt() {
        Customer me = data.customer("Nele", "Nummer");
        AccountPrincipal account = data.customerPrincipal(me);
        runAs(account);

        guard.unknownAddressOpened("my-data/" + me.customerNumber());
        guard.unknownAddressOpened("my-data/" + CustomerNumber.of(9_999_999));

        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE actor_account_id = ?"
                                + " AND action = 'FOREIGN_REFERENCE_REFUSED'",
                        account.accountId()))
                .isZero();
    }

    @Test
    void an_address_naming_hundreds_of_customers_makes_one_record_of_the_first_segments_only() {
        Customer me = data.customer("Hanne", "Honderd");
        List<Customer> others = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            others.add(data.customer("Ander", "Klant" + i));
        }
        AccountPrincipal account = data.customerPrincipal(me);
        runAs(account);
        StringBuilder path = new StringBuilder("my-data");
        others.forEach(other -> path.append('/').append(other.customerNumber()));
        for (int i = 0; i < 300; i++) {
            path.append('/').append(others.get(i % others.size()).customerNumber());
        }

        guard.unknownAddressOpened(path.toString());

        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE actor_account_id = ?"
                                + " AND action = 'FOREIGN_REFERENCE_REFUSED'",
                        account.accountId()))
                .isOne();
        String details = data.text(
                "SELECT details FROM audit_event WHERE actor_account_id = ? AND action = 'FOREIGN_REFERENCE_REFUSED'",
                account.accountId());
        assertThat(details)
                .as("the numbers found in the first segments, and the address cut to its maximum")
                .contains("\"numbers\":\"" + others.get(0).customerNumber() + ", "
                        + others.get(1).customerNumber() + ", " + others.get(2).customerNumber() + "\"")
                .contains("\"path\":\"" + path.substring(0, ForeignReferenceGuard.MAX_PATH) + "\"");
    }
}
