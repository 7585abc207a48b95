package be.cloudgroup.privacy.ui.intake;

import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.ui.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Import files for tests: customer numbers from a range of their own (CG85…), lines written as the
 * company's systems would, and the removal of everything an import made.
 */
final class IntakeFiles {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(8_500_000);

    private IntakeFiles() {}

    static String newCustomerNumber() {
        return CustomerNumber.of(SEQUENCE.incrementAndGet()).toString();
    }

    static String privateCustomer(String number, String lastName, String street, String city) {
        return """
                {"record":"customer","customerNumber":"%s","type":"PRIVATE","salutation":"MS","firstName":"Ilse",\
                "lastName":"%s","email":"%s@example.org","mobile":"+32470123456","street":"%s","houseNumber":"7",\
                "postalCode":"9000","city":"%s","country":"BE","language":"NL","status":"ACTIVE"}""".formatted(number, lastName, number.toLowerCase(), street, city);
    }

    static String businessLead(String number, String vat) {
        return """
                {"record":"lead","customerNumber":"%s","type":"BUSINESS","salutation":"NONE","companyName":"Brouwerij Bink",\
                "vatNumber":"%s","email":"%s@example.org","street":"Stationsstraat","houseNumber":"1","postalCode":"3000",\
                "city":"Leuven","country":"BE","language":"NL","leadSource":"TRADE_FAIR","leadSourceDetail":"Batibouw 2026",\
                "acquiredOn":"2026-02-20"}""".formatted(number, vat, number.toLowerCase());
    }

    static String contract(String number, String customer) {
        return """
                {"record":"contract","contractNumber":"%s","customerNumber":"%s","product":"Fibre 500",\
                "startDate":"2025-01-01","status":"ACTIVE"}""".formatted(number, customer);
    }

    /** An invoice of 45.99 EUR, paid; {@code contract} may be null (an invoice outside a contract). */
    static String invoice(String number, String customer, String contract) {
        return """
                {"record":"invoice","invoiceNumber":"%s","customerNumber":"%s","contractNumber":%s,\
                "issueDate":"2026-01-01","dueDate":"2026-01-31","amountCents":4599,"status":"PAID","paidOn":"2026-01-20",\
                "paymentMethod":"DIRECT_DEBIT","maskedAccount":"BE** **** **** 4417"}""".formatted(number, customer, contract == null ? "null" : "\"" + contract + "\"");
    }

    static String ticket(String number, String customer) {
        return """
                {"record":"ticket","ticketNumber":"%s","customerNumber":"%s","openedAt":"2026-01-05T09:30:00Z",\
                "channel":"PHONE","subject":"No internet","status":"RESOLVED","closedAt":"2026-01-06T10:00:00Z"}""".formatted(number, customer);
    }

    static String communication(String customer) {
        return """
                {"record":"communication","customerNumber":"%s","sentAt":"2026-01-02T08:00:00Z","channel":"EMAIL",\
                "kind":"INVOICE_NOTICE","subject":"Your invoice"}""".formatted(customer);
    }

    static Path file(Path directory, String name, List<String> lines) {
        try {
            return Files.write(directory.resolve(name), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes what imports made: the fixture's own data (with the import rows about its customers),
     * then the customers of the test range with their rows, and the import events.
     */
    static void removeImported(TestData data) {
        data.cleanUp();
        String ours = "SELECT id FROM customer WHERE customer_number LIKE 'CG85%'";
        data.update("DELETE FROM audit_event WHERE subject_customer_id IN (" + ours + ")");
        data.update("DELETE FROM audit_event WHERE target_type = 'import' AND target_id LIKE 'intake-test%'");
        for (String table : List.of(
                "intake_conflict",
                "intake_customer_import",
                "invoice",
                "contract",
                "service_ticket",
                "communication")) {
            data.update("DELETE FROM " + table + " WHERE customer_id IN (" + ours + ")");
        }
        data.update("DELETE FROM customer WHERE customer_number LIKE 'CG85%'");
    }
}
