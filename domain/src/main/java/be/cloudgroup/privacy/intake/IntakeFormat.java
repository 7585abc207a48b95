package be.cloudgroup.privacy.intake;

import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.communication.CommunicationKind;
import be.cloudgroup.privacy.contract.ContractStatus;
import be.cloudgroup.privacy.customer.CompanyName;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.customer.CustomerStatus;
import be.cloudgroup.privacy.customer.CustomerType;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.customer.LeadSource;
import be.cloudgroup.privacy.customer.PersonName;
import be.cloudgroup.privacy.customer.PhoneNumber;
import be.cloudgroup.privacy.customer.PostalAddress;
import be.cloudgroup.privacy.customer.Salutation;
import be.cloudgroup.privacy.customer.VatNumber;
import be.cloudgroup.privacy.invoice.InvoiceStatus;
import be.cloudgroup.privacy.invoice.PaymentMethod;
import be.cloudgroup.privacy.shared.InvalidValueException;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ticket.TicketChannel;
import be.cloudgroup.privacy.ticket.TicketStatus;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one line of an import file: a flat JSON object whose {@code "record"} names what it is
 * ({@code customer}, {@code lead}, {@code contract}, {@code invoice}, {@code ticket},
 * {@code communication}); the README lists every field. Each value goes through its value object,
 * so a line is either a valid {@link IntakeRecord} or refused with the reason.
 */
public final class IntakeFormat {

    /** Contract, invoice and ticket numbers: the company's own, as the tables hold them. */
    static final int NUMBER_MAX_LENGTH = 20;

    static final int PRODUCT_MAX_LENGTH = 80;
    static final int SUBJECT_MAX_LENGTH = 200;
    static final int LEAD_SOURCE_DETAIL_MAX_LENGTH = 200;
    static final int MASKED_ACCOUNT_MAX_LENGTH = 34;

    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./-]*");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    /** A masked account shows at most its last four digits, e.g. {@code BE** **** **** 4417}. */
    private static final Pattern MASKED_ACCOUNT = Pattern.compile("[A-Z]{2}[0-9*]{2}[ *]*[* ]+[0-9]{0,4}");

    private IntakeFormat() {}

    /** The record of one line, or an {@link InvalidValueException} saying why the line is refused. */
    public static IntakeRecord parse(String line) {
        Map<String, String> fields = fields(line);
        Line in = new Line(fields);
        String record = in.required("record");
        return switch (record) {
            case "customer" -> customer(in, false);
            case "lead" -> customer(in, true);
            case "contract" ->
                new IntakeRecord.Contract(
                        in.number("contractNumber"),
                        in.customerNumber(),
                        in.text("product", PRODUCT_MAX_LENGTH),
                        phone(in.optional("phoneNumber")),
                        in.date("startDate"),
                        in.optionalDate("endDate"),
                        in.enumValue("status", ContractStatus.class));
            case "invoice" -> invoice(in);
            case "ticket" ->
                new IntakeRecord.Ticket(
                        in.number("ticketNumber"),
                        in.customerNumber(),
                        in.instant("openedAt"),
                        in.optionalInstant("closedAt"),
                        in.enumValue("channel", TicketChannel.class),
                        in.text("subject", SUBJECT_MAX_LENGTH),
                        in.enumValue("status", TicketStatus.class));
            case "communication" ->
                new IntakeRecord.Communication(
                        in.customerNumber(),
                        in.instant("sentAt"),
                        in.enumValue("channel", CommunicationChannel.class),
                        in.enumValue("kind", CommunicationKind.class),
                        in.text("subject", SUBJECT_MAX_LENGTH));
            default -> throw new IntakeRefusedException("intake.refused.record", "Unknown record " + record, record);
        };
    }

    private static IntakeRecord.Customer customer(Line in, boolean lead) {
        CustomerType type = in.enumValue("type", CustomerType.class);
        CustomerStatus status = lead ? CustomerStatus.PROSPECT : in.enumValue("status", CustomerStatus.class);
        LeadSource source =
                lead ? in.enumValue("leadSource", LeadSource.class) : in.optionalEnum("leadSource", LeadSource.class);
        String company = in.optional("companyName");
        String vat = in.optional("vatNumber");
        String detail = in.optional("leadSourceDetail");
        if (detail != null && detail.length() > LEAD_SOURCE_DETAIL_MAX_LENGTH) {
            throw tooLong("leadSourceDetail", LEAD_SOURCE_DETAIL_MAX_LENGTH);
        }
        return new IntakeRecord.Customer(
                in.customerNumber(),
                type,
                in.enumValue("salutation", Salutation.class),
                PersonName.valueOf(in.optional("firstName"), in.optional("lastName")),
                company == null ? null : CompanyName.valueOf(company),
                vat == null ? null : VatNumber.valueOf(vat),
                EmailAddress.valueOf(in.required("email")),
                phone(in.optional("phone")),
                phone(in.optional("mobile")),
                PostalAddress.valueOf(
                        in.required("street"),
                        in.required("houseNumber"),
                        in.optional("box"),
                        in.required("postalCode"),
                        in.required("city"),
                        in.required("country")),
                in.enumValue("language", Language.class),
                status,
                source,
                detail,
                in.optionalDate("acquiredOn"));
    }

    private static IntakeRecord.Invoice invoice(Line in) {
        String amount = in.required("amountCents");
        long cents;
        try {
            cents = Long.parseLong(amount);
        } catch (NumberFormatException e) {
            throw new IntakeRefusedException("intake.refused.amount", "amountCents is not a whole number", amount);
        }
        String currency = in.optional("currency");
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            throw new IntakeRefusedException("intake.refused.currency", "Not an ISO 4217 currency", currency);
        }
        String masked = in.optional("maskedAccount");
        if (masked != null
                && (masked.length() > MASKED_ACCOUNT_MAX_LENGTH
                        || !MASKED_ACCOUNT.matcher(masked).matches())) {
            throw new IntakeRefusedException(
                    "intake.refused.unmasked-account", "An account number must arrive masked (BE** **** **** 1234)");
        }
        String contract = in.optional("contractNumber");
        return new IntakeRecord.Invoice(
                in.number("invoiceNumber"),
                in.customerNumber(),
                contract == null ? null : checkedNumber("contractNumber", contract),
                in.date("issueDate"),
                in.date("dueDate"),
                cents,
                currency == null ? "EUR" : currency,
                in.enumValue("status", InvoiceStatus.class),
                in.optionalDate("paidOn"),
                in.optionalEnum("paymentMethod", PaymentMethod.class),
                masked);
    }

    private static @Nullable PhoneNumber phone(@Nullable String text) {
        return text == null ? null : PhoneNumber.valueOf(text);
    }

    private static String checkedNumber(String field, String value) {
        if (value.length() > NUMBER_MAX_LENGTH || !NUMBER.matcher(value).matches()) {
            throw new IntakeRefusedException(
                    "intake.refused.number", field + " is not a number of up to 20 letters and digits", field);
        }
        return value;
    }

    private static IntakeRefusedException tooLong(String field, int max) {
        return new IntakeRefusedException(
                "intake.refused.too-long", field + " is longer than " + max + " characters", field, max);
    }

    /** The line's fields: a flat object of strings, numbers, booleans and nulls (null counts as absent). */
    private static Map<String, String> fields(String line) {
        Map<String, String> fields = new HashMap<>();
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notJson();
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                if (token != JsonToken.FIELD_NAME) {
                    throw notJson();
                }
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == null || value.isStructStart()) {
                    throw notJson();
                }
                if (value != JsonToken.VALUE_NULL) {
                    fields.put(name, parser.getText());
                }
            }
            if (parser.nextToken() != null) {
                throw notJson();
            }
        } catch (IOException e) {
            throw notJson();
        }
        return fields;
    }

    private static IntakeRefusedException notJson() {
        return new IntakeRefusedException("intake.refused.json", "Not one flat JSON object");
    }

    private record Line(Map<String, String> fields) {

        @Nullable
        String optional(String name) {
            String value = fields.get(name);
            return value == null || value.isBlank() ? null : value.strip();
        }

        String required(String name) {
            String value = optional(name);
            if (value == null) {
                throw new IntakeRefusedException("intake.refused.missing", name + " is missing", name);
            }
            return value;
        }

        CustomerNumber customerNumber() {
            return CustomerNumber.valueOf(required("customerNumber"));
        }

        String number(String name) {
            return checkedNumber(name, required(name));
        }

        String text(String name, int max) {
            String value = required(name);
            if (value.length() > max) {
                throw tooLong(name, max);
            }
            return value;
        }

        <E extends Enum<E>> E enumValue(String name, Class<E> type) {
            String value = required(name);
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IntakeRefusedException("intake.refused.value", name + " cannot be " + value, name, value);
            }
        }

        <E extends Enum<E>> @Nullable E optionalEnum(String name, Class<E> type) {
            return optional(name) == null ? null : enumValue(name, type);
        }

        LocalDate date(String name) {
            String value = required(name);
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new IntakeRefusedException(
                        "intake.refused.date", name + " is not a date (2026-01-31)", name, value);
            }
        }

        @Nullable
        LocalDate optionalDate(String name) {
            return optional(name) == null ? null : date(name);
        }

        Instant instant(String name) {
            String value = required(name);
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new IntakeRefusedException(
                        "intake.refused.moment", name + " is not a moment (2026-01-31T09:30:00Z)", name, value);
            }
        }

        @Nullable
        Instant optionalInstant(String name) {
            return optional(name) == null ? null : instant(name);
        }
    }
}
