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
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ticket.TicketChannel;
import be.cloudgroup.privacy.ticket.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One validated line of an import file: every value already passed its value object. */
public sealed interface IntakeRecord {

    /** The customer the line is about, by the company's customer number. */
    CustomerNumber customer();

    /**
     * A customer (or, with status PROSPECT and a lead source, a marketing lead). Its {@link #fields()}
     * are what the portal compares with the stored customer and the last imported values.
     */
    record Customer(
            CustomerNumber customer,
            CustomerType type,
            Salutation salutation,
            PersonName name,
            @Nullable CompanyName company,
            @Nullable VatNumber vat,
            EmailAddress email,
            @Nullable PhoneNumber phone,
            @Nullable PhoneNumber mobile,
            PostalAddress address,
            Language language,
            CustomerStatus status,
            @Nullable LeadSource leadSource,
            @Nullable String leadSourceDetail,
            @Nullable LocalDate acquiredOn)
            implements IntakeRecord {

        public Customer {
            name.requireFor(type);
            if (type != CustomerType.BUSINESS && (company != null || vat != null)) {
                throw new IntakeRefusedException(
                        "intake.refused.company-for-private", "Only a business customer has a company name or VAT");
            }
            if (type == CustomerType.BUSINESS && company == null) {
                throw new IntakeRefusedException("intake.refused.missing", "companyName is missing", "companyName");
            }
        }

        /**
         * The stored columns this line sets, by column name, each as the canonical text the
         * {@code customer} table holds ("" for none): the fields of the three-way comparison.
         */
        public Map<String, String> fields() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("salutation", salutation.name());
            fields.put("first_name", name.first());
            fields.put("last_name", name.last());
            fields.put("company_name", company == null ? "" : company.toString());
            fields.put("vat_number", vat == null ? "" : vat.toString());
            fields.put("email", email.toString());
            fields.put("phone", phone == null ? "" : phone.toString());
            fields.put("mobile", mobile == null ? "" : mobile.toString());
            fields.put("street", address.street());
            fields.put("house_number", address.houseNumber());
            fields.put("box", address.box().orElse(""));
            fields.put("postal_code", address.postalCode());
            fields.put("city", address.city());
            fields.put("country", address.country());
            fields.put("language", language.name());
            fields.put("status", status.name());
            fields.put("lead_source", leadSource == null ? "" : leadSource.name());
            fields.put("lead_source_detail", leadSourceDetail == null ? "" : leadSourceDetail);
            fields.put("acquired_on", acquiredOn == null ? "" : acquiredOn.toString());
            return fields;
        }
    }

    record Contract(
            String contractNumber,
            CustomerNumber customer,
            String product,
            @Nullable PhoneNumber phoneNumber,
            LocalDate startDate,
            @Nullable LocalDate endDate,
            ContractStatus status)
            implements IntakeRecord {}

    record Invoice(
            String invoiceNumber,
            CustomerNumber customer,
            @Nullable String contractNumber,
            LocalDate issueDate,
            LocalDate dueDate,
            long amountCents,
            String currency,
            InvoiceStatus status,
            @Nullable LocalDate paidOn,
            @Nullable PaymentMethod paymentMethod,
            @Nullable String maskedAccount)
            implements IntakeRecord {}

    record Ticket(
            String ticketNumber,
            CustomerNumber customer,
            Instant openedAt,
            @Nullable Instant closedAt,
            TicketChannel channel,
            String subject,
            TicketStatus status)
            implements IntakeRecord {}

    /** A message sent to the customer; it has no number of its own, so the whole line is its key. */
    record Communication(
            CustomerNumber customer,
            Instant sentAt,
            CommunicationChannel channel,
            CommunicationKind kind,
            String subject)
            implements IntakeRecord {}
}
