package be.cloudgroup.privacy.demo;

import be.cloudgroup.privacy.customer.CustomerNumber;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Writes a sample file from the company's systems for the admin's Import page: a new marketing
 * lead with a contract, an invoice, a service ticket and a message; one line with an invalid VAT
 * number (refused with its number); and the demo business customer as the CRM knows it, with
 * another landline: the portal never imported that customer, so the new number becomes a conflict
 * to resolve. Written at every start from the database's current values, so only that field differs.
 */
final class DemoImportFile {

    static final String NAME = "crm-export.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NEW_LANDLINE = "+3232480000";

    /** The JSON field of each column of {@code customer} the sample repeats for the business customer. */
    private static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("customer_number", "customerNumber");
        FIELDS.put("type", "type");
        FIELDS.put("salutation", "salutation");
        FIELDS.put("first_name", "firstName");
        FIELDS.put("last_name", "lastName");
        FIELDS.put("company_name", "companyName");
        FIELDS.put("vat_number", "vatNumber");
        FIELDS.put("email", "email");
        FIELDS.put("phone", "phone");
        FIELDS.put("mobile", "mobile");
        FIELDS.put("street", "street");
        FIELDS.put("house_number", "houseNumber");
        FIELDS.put("box", "box");
        FIELDS.put("postal_code", "postalCode");
        FIELDS.put("city", "city");
        FIELDS.put("country", "country");
        FIELDS.put("language", "language");
        FIELDS.put("status", "status");
        FIELDS.put("lead_source", "leadSource");
        FIELDS.put("lead_source_detail", "leadSourceDetail");
        FIELDS.put("acquired_on", "acquiredOn");
    }

    private DemoImportFile() {}

    static Path write(DataSource dataSource, Path directory) {
        String lead = CustomerNumber.of(5001).toString();
        List<String> lines = new ArrayList<>(List.of(
                """
                {"record":"lead","customerNumber":"%s","type":"BUSINESS","salutation":"MR","firstName":"Jonas",\
                "lastName":"Janssens","companyName":"Janssens Bouw BV","vatNumber":"BE0417497106",\
                "email":"jonas.janssens@example.be","mobile":"0478 12 34 56","street":"Markt","houseNumber":"3",\
                "postalCode":"8000","city":"Brugge","country":"BE","language":"NL","leadSource":"TRADE_FAIR",\
                "leadSourceDetail":"Batibouw 2026","acquiredOn":"2026-02-20"}""".formatted(lead),
                """
                {"record":"contract","contractNumber":"K-DEMO-5001","customerNumber":"%s","product":"Fibre Internet 500",\
                "startDate":"2026-03-01","status":"ACTIVE"}""".formatted(lead),
                """
                {"record":"invoice","invoiceNumber":"F-DEMO-5001-1","customerNumber":"%s","contractNumber":"K-DEMO-5001",\
                "issueDate":"2026-03-01","dueDate":"2026-03-31","amountCents":5995,"status":"OPEN",\
                "paymentMethod":"TRANSFER"}""".formatted(lead),
                """
                {"record":"ticket","ticketNumber":"T-DEMO-5001","customerNumber":"%s","openedAt":"2026-03-02T08:15:00Z",\
                "channel":"PHONE","subject":"Installation appointment","status":"RESOLVED","closedAt":"2026-03-03T10:00:00Z"}""".formatted(lead),
                """
                {"record":"communication","customerNumber":"%s","sentAt":"2026-03-01T07:00:00Z","channel":"EMAIL",\
                "kind":"SERVICE_MESSAGE","subject":"Welcome to Cloud Group"}""".formatted(lead),
                """
                {"record":"customer","customerNumber":"%s","type":"BUSINESS","salutation":"MS","firstName":"Eva",\
                "lastName":"Claes","companyName":"Claes Logistiek","vatNumber":"BE0417497107","email":"eva@example.be",\
                "street":"Kaai","houseNumber":"9","postalCode":"2000","city":"Antwerpen","country":"BE","language":"NL",\
                "status":"ACTIVE"}""".formatted(CustomerNumber.of(5002))));
        lines.add(businessCustomerWithNewLandline(dataSource));
        try {
            Files.createDirectories(directory);
            return Files.write(directory.resolve(NAME), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String businessCustomerWithNewLandline(DataSource dataSource) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("record", "customer");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT " + String.join(", ", FIELDS.keySet()) + " FROM customer WHERE email = ?")) {
            select.setString(1, DemoData.BUSINESS_EMAIL);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("The demo business customer is missing");
                }
                for (Map.Entry<String, String> field : FIELDS.entrySet()) {
                    line.put(field.getValue(), row.getString(field.getKey()));
                }
            }
            line.put("phone", NEW_LANDLINE);
            return JSON.writeValueAsString(line);
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("The demo import file could not be written", e);
        }
    }
}
