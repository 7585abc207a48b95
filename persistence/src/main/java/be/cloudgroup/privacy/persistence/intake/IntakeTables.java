package be.cloudgroup.privacy.persistence.intake;

import static be.cloudgroup.privacy.persistence.intake.KeyedTable.text;
import static be.cloudgroup.privacy.persistence.intake.KeyedTable.utc;

import be.cloudgroup.privacy.intake.IntakeRecord;
import be.cloudgroup.privacy.intake.IntakeRefusedException;
import be.cloudgroup.privacy.persistence.intake.KeyedTable.Column;
import be.cloudgroup.privacy.persistence.intake.KeyedTable.Kind;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The customer's tables besides {@code customer} that an import fills, in the order it fills them. */
final class IntakeTables {

    static final KeyedTable<IntakeRecord.Contract> CONTRACT = new KeyedTable<>(
            "contract",
            IntakeRecord.Contract.class,
            List.of(
                    new Column("contract_number", Kind.TEXT),
                    new Column("product", Kind.TEXT),
                    new Column("phone_number", Kind.TEXT),
                    new Column("start_date", Kind.DATE),
                    new Column("end_date", Kind.DATE),
                    new Column("status", Kind.TEXT)),
            1,
            false,
            (contract, customerId, lookup) -> row(
                    contract.contractNumber(),
                    contract.product(),
                    text(contract.phoneNumber()),
                    contract.startDate(),
                    contract.endDate(),
                    text(contract.status())));

    static final KeyedTable<IntakeRecord.Invoice> INVOICE = new KeyedTable<>(
            "invoice",
            IntakeRecord.Invoice.class,
            List.of(
                    new Column("invoice_number", Kind.TEXT),
                    new Column("contract_id", Kind.LONG),
                    new Column("issue_date", Kind.DATE),
                    new Column("due_date", Kind.DATE),
                    new Column("amount_cents", Kind.LONG),
                    new Column("currency", Kind.TEXT),
                    new Column("status", Kind.TEXT),
                    new Column("paid_on", Kind.DATE),
                    new Column("payment_method", Kind.TEXT),
                    new Column("masked_account", Kind.TEXT)),
            1,
            false,
            (invoice, customerId, lookup) -> row(
                    invoice.invoiceNumber(),
                    contractOf(invoice, customerId, lookup),
                    invoice.issueDate(),
                    invoice.dueDate(),
                    invoice.amountCents(),
                    invoice.currency(),
                    text(invoice.status()),
                    invoice.paidOn(),
                    text(invoice.paymentMethod()),
                    invoice.maskedAccount()));

    static final KeyedTable<IntakeRecord.Ticket> TICKET = new KeyedTable<>(
            "service_ticket",
            IntakeRecord.Ticket.class,
            List.of(
                    new Column("ticket_number", Kind.TEXT),
                    new Column("opened_at", Kind.MOMENT),
                    new Column("closed_at", Kind.MOMENT),
                    new Column("channel", Kind.TEXT),
                    new Column("subject", Kind.TEXT),
                    new Column("status", Kind.TEXT)),
            1,
            false,
            (ticket, customerId, lookup) -> row(
                    ticket.ticketNumber(),
                    utc(ticket.openedAt()),
                    utc(ticket.closedAt()),
                    text(ticket.channel()),
                    ticket.subject(),
                    text(ticket.status())));

    /** A communication has no number: the whole line (with the customer) is its key, so it is only ever added. */
    static final KeyedTable<IntakeRecord.Communication> COMMUNICATION = new KeyedTable<>(
            "communication",
            IntakeRecord.Communication.class,
            List.of(
                    new Column("sent_at", Kind.MOMENT),
                    new Column("channel", Kind.TEXT),
                    new Column("kind", Kind.TEXT),
                    new Column("subject", Kind.TEXT)),
            4,
            true,
            (communication, customerId, lookup) -> row(
                    utc(communication.sentAt()),
                    text(communication.channel()),
                    text(communication.kind()),
                    communication.subject()));

    static final List<KeyedTable<?>> IN_ORDER = List.of(CONTRACT, INVOICE, TICKET, COMMUNICATION);

    private IntakeTables() {}

    private static List<@Nullable Object> row(@Nullable Object... values) {
        return Arrays.asList(values);
    }

    private static @Nullable Long contractOf(IntakeRecord.Invoice invoice, long customerId, KeyedTable.Lookup lookup) {
        String number = invoice.contractNumber();
        if (number == null) {
            return null;
        }
        Long id = lookup.contractId(number, customerId);
        if (id == null) {
            throw new IntakeRefusedException(
                    "intake.refused.unknown-contract", "The customer has no contract " + number, number);
        }
        return id;
    }
}
