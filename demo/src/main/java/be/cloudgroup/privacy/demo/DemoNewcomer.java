package be.cloudgroup.privacy.demo;

import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.customer.LeadSource;
import be.cloudgroup.privacy.customer.PersonName;
import be.cloudgroup.privacy.customer.PhoneNumber;
import be.cloudgroup.privacy.customer.PostalAddress;
import be.cloudgroup.privacy.customer.Salutation;
import be.cloudgroup.privacy.embedded.EmbeddedOidcProvider;
import be.cloudgroup.privacy.embedded.rows.CustomerRow;
import be.cloudgroup.privacy.shared.Language;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Demo only: a customer on file (with a contract and invoices) who has no portal account yet, and
 * whose e-mail address is the one the embedded identity provider gives {@value #USER}. Sign in as
 * {@value #USER} (password {@code demo}), give customer number {@link #NUMBER}, and read the code
 * in the demo mailbox to activate the account.
 */
final class DemoNewcomer {

    static final String USER = "newcomer";
    static final String EMAIL = USER + "@" + EmbeddedOidcProvider.EMAIL_DOMAIN;
    /** Right after the generated customers: CG00010033. */
    static final CustomerNumber NUMBER = CustomerNumber.of(DemoData.GENERATED_CUSTOMERS + 3);

    private static final int MONTHLY_CENTS = 5995;
    private static final int INVOICES = 3;

    private DemoNewcomer() {}

    static void add(DataSource dataSource, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        LocalDate since = today.minusMonths(INVOICES).withDayOfMonth(1);
        CustomerRow row = CustomerRow.aPrivateCustomer(
                        NUMBER, PersonName.valueOf("Lotte", "Janssens"), EmailAddress.valueOf(EMAIL))
                .id(NUMBER.sequence())
                .salutation(Salutation.MS)
                .mobile(PhoneNumber.valueOf("+32 478 20 41 66"))
                .address(PostalAddress.valueOf("Naamsestraat", "88", null, "3000", "Leuven", "BE"))
                .language(Language.NL)
                .leadSource(LeadSource.INBOUND_CALL, "Called the sales line")
                .acquiredOn(since.minusDays(5))
                .createdAt(
                        LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusMonths(INVOICES));
        try (Connection connection = dataSource.getConnection()) {
            long customerId = row.insert(connection);
            try (PreparedStatement contract = connection.prepareStatement("""
                    INSERT INTO contract (customer_id, contract_number, product, start_date, status)
                    VALUES (?, ?, 'Fibre Internet 500', ?, 'ACTIVE')""")) {
                contract.setLong(1, customerId);
                contract.setString(2, "CT-" + NUMBER.sequence());
                contract.setObject(3, since);
                contract.executeUpdate();
            }
            try (PreparedStatement invoice = connection.prepareStatement("""
                    INSERT INTO invoice (customer_id, invoice_number, issue_date, due_date, amount_cents, currency, status)
                    VALUES (?, ?, ?, ?, ?, 'EUR', ?)""")) {
                for (int month = 0; month < INVOICES; month++) {
                    LocalDate issued = since.plusMonths(month + 1);
                    invoice.setLong(1, customerId);
                    invoice.setString(2, "INV-" + NUMBER.sequence() + "-" + (month + 1));
                    invoice.setObject(3, issued);
                    invoice.setObject(4, issued.plusDays(21));
                    invoice.setInt(5, MONTHLY_CENTS);
                    invoice.setString(6, month == INVOICES - 1 ? "OPEN" : "PAID");
                    invoice.addBatch();
                }
                invoice.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The demo newcomer could not be added: " + e.getMessage(), e);
        }
    }
}
