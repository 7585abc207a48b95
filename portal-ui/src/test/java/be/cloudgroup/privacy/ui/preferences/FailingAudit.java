package be.cloudgroup.privacy.ui.preferences;

import be.cloudgroup.privacy.ui.TestData;
import be.cloudgroup.privacy.ui.TestData.Customer;

/**
 * A real fault in the middle of a decision: a trigger makes the audit insert for one customer fail,
 * after the ledger row was written in the same transaction.
 */
final class FailingAudit {

    private FailingAudit() {}

    static void whileAuditFails(TestData data, Customer customer, Runnable action) {
        data.update("CREATE TRIGGER test_audit_fails BEFORE INSERT ON audit_event FOR EACH ROW"
                + " IF NEW.subject_customer_id = " + customer.id()
                + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit store unavailable'; END IF");
        try {
            action.run();
        } finally {
            data.update("DROP TRIGGER test_audit_fails");
        }
    }
}
