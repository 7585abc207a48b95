package be.cloudgroup.privacy.customer;

import java.time.LocalDate;

/**
 * The live summary on a customer's "My privacy" dashboard.
 *
 * @param lastInvoiceDate {@code null} when the customer has no invoice
 */
public record CustomerOverview(
        String customerNumber,
        String displayName,
        CustomerType type,
        long activeContracts,
        long invoices,
        LocalDate lastInvoiceDate,
        long openTickets) {}
