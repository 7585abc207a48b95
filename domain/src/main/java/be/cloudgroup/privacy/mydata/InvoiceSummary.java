package be.cloudgroup.privacy.mydata;

import be.cloudgroup.privacy.invoice.InvoiceStatus;
import be.cloudgroup.privacy.invoice.PaymentMethod;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One invoice of the customer. Financial data: the account it was paid from is only ever the
 * masked value as stored (e.g. {@code BE** **** **** 4417}); there is no unmasked form to show.
 * {@code paymentMethod} and {@code maskedAccount} are {@code null} until paid.
 */
public record InvoiceSummary(
        String invoiceNumber,
        LocalDate issueDate,
        LocalDate dueDate,
        long amountCents,
        String currency,
        InvoiceStatus status,
        @Nullable PaymentMethod paymentMethod,
        @Nullable String maskedAccount) {}
