package be.cloudgroup.privacy.persistence.request;

import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.request.CustomerErasure;
import be.cloudgroup.privacy.request.ErasurePlan;
import be.cloudgroup.privacy.request.Holding;
import be.cloudgroup.privacy.request.Holding.Nature;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every table holding a customer's data, as erasure sees it (the same tables as the download
 * archive's sections, one entry each), in plain SQL: erasure is bulk work over many tables, with
 * no entity to keep in step. Runs only inside the caller's transaction, so a plan is executed
 * whole or not at all.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CustomerErasureAdapter implements CustomerErasure {

    private record Table(String name, DataCategory category, Nature nature, String count, String delete) {}

    private static final String ACCOUNTS = "SELECT id FROM portal_account WHERE customer_id = ?";

    private static final List<Table> TABLES = List.of(
            table(
                    "customer",
                    DataCategory.IDENTITY,
                    Nature.REGISTER,
                    "SELECT COUNT(*) FROM customer WHERE id = ?",
                    "DELETE FROM customer WHERE id = ?"),
            byCustomer("contact_verification", DataCategory.CONTACT, Nature.TRANSIENT),
            byCustomer("contact_code_request", DataCategory.CONTACT, Nature.TRANSIENT),
            byCustomer("intake_customer_import", DataCategory.IDENTITY, Nature.TRANSIENT),
            byCustomer("intake_conflict", DataCategory.IDENTITY, Nature.TRANSIENT),
            byCustomer("contract", DataCategory.CONTRACT, Nature.REGISTER),
            byCustomer("invoice", DataCategory.FINANCIAL, Nature.REGISTER),
            byCustomer("service_ticket", DataCategory.SUPPORT, Nature.REGISTER),
            byCustomer("communication", DataCategory.COMMUNICATION, Nature.REGISTER),
            byCustomer("campaign_enrolment", DataCategory.MARKETING, Nature.REGISTER),
            byCustomer("consent_decision", DataCategory.CONSENT, Nature.REGISTER),
            byCustomer("policy_acknowledgement", DataCategory.CONSENT, Nature.REGISTER),
            byCustomer("portal_sign_in", DataCategory.SECURITY, Nature.REGISTER),
            table(
                    "portal_account",
                    DataCategory.SECURITY,
                    Nature.ACCOUNT,
                    "SELECT COUNT(*) FROM portal_account WHERE customer_id = ?",
                    "DELETE FROM portal_account WHERE customer_id = ?"),
            table(
                    "audit_event",
                    DataCategory.SECURITY,
                    Nature.TRAIL,
                    "SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ?",
                    ""),
            byCustomer("privacy_request", DataCategory.CONSENT, Nature.REQUESTS));

    private static final Map<String, Table> BY_NAME =
            TABLES.stream().collect(Collectors.toMap(Table::name, Function.identity()));

    private final JdbcTemplate jdbc;

    CustomerErasureAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Holding> holdings(long customerId) {
        return TABLES.stream()
                .map(table -> new Holding(
                        table.name(),
                        table.category(),
                        table.nature(),
                        jdbc.queryForObject(table.count(), Long.class, customerId)))
                .toList();
    }

    @Override
    public void execute(long customerId, ErasurePlan plan, String pseudonym) {
        // the customer row first: every other statement below waits for nobody once it is locked
        jdbc.queryForList("SELECT id FROM customer WHERE id = ? FOR UPDATE", Long.class, customerId);
        for (ErasurePlan.Step step : plan.steps()) {
            if (step.action() == ErasurePlan.Action.PSEUDONYMISE) {
                // the trail stays (accountability), but says no more than what happened and when
                jdbc.update(
                        "UPDATE audit_event SET actor_name = ? WHERE actor_account_id IN (" + ACCOUNTS + ")",
                        pseudonym,
                        customerId);
                jdbc.update(
                        "UPDATE audit_event SET details = '{\"pseudonymised\":\"true\"}'"
                                + " WHERE subject_customer_id = ?",
                        customerId);
            }
        }
        for (ErasurePlan.Step step : plan.deleted()) {
            Table table = BY_NAME.get(step.table());
            if (table == null
                    || table.nature() == Nature.ACCOUNT
                    || table.name().equals("customer")) {
                continue;
            }
            jdbc.update(table.delete(), customerId);
        }
        if (plan.endsAccount()) {
            // sign-ins, session records and invitations reference the account: they go with it (never kept)
            jdbc.update("DELETE FROM portal_sign_in WHERE account_id IN (" + ACCOUNTS + ")", customerId);
            jdbc.update("DELETE FROM portal_session WHERE account_id IN (" + ACCOUNTS + ")", customerId);
            jdbc.update("DELETE FROM account_invitation WHERE account_id IN (" + ACCOUNTS + ")", customerId);
            jdbc.update("DELETE FROM portal_account_role WHERE account_id IN (" + ACCOUNTS + ")", customerId);
            jdbc.update("DELETE FROM portal_account WHERE customer_id = ?", customerId);
            jdbc.update("UPDATE customer SET status = 'FORMER', version = version + 1 WHERE id = ?", customerId);
        }
    }

    private static Table byCustomer(String name, DataCategory category, Nature nature) {
        return table(
                name,
                category,
                nature,
                "SELECT COUNT(*) FROM " + name + " WHERE customer_id = ?",
                "DELETE FROM " + name + " WHERE customer_id = ?");
    }

    private static Table table(String name, DataCategory category, Nature nature, String count, String delete) {
        return new Table(name, category, nature, count, delete);
    }
}
