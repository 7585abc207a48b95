package be.cloudgroup.privacy.persistence.download;

import static be.cloudgroup.privacy.persistence.download.ArchiveSection.of;

import be.cloudgroup.privacy.persistence.customer.CustomerColumns;
import be.cloudgroup.privacy.register.DataCategory;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every table the portal holds about a customer, as archive sections. Adding a table to the
 * archive is one more entry here, its schema in {@code download/schema.json} and its labels in the
 * archive texts; the completeness test then counts its rows.
 *
 * <p>Never exported: internal ids and versions, a verification's code hash, full account numbers
 * (only the masked one is stored), the identity provider's issuer and subject.
 *
 * <p>Portable columns (Art. 20: data the customer provided, processed on consent or contract):
 * the identity and contact details the customer gave, their contracts (the services they chose),
 * the service tickets they opened, their consent decisions (the ledger) and their portal account's
 * e-mail and display name. Not portable: what Cloud Group derives or produces (invoices,
 * communications, campaign enrolments, sign-ins, the audit trail) and pending verifications and
 * privacy requests (not yet data, or processed on a legal obligation).
 */
final class ArchiveSections {

    static final List<ArchiveSection> ALL = List.of(
            customer(),
            of(
                    "contact_verification",
                    DataCategory.CONTACT,
                    List.of(),
                    """
                    SELECT channel, new_value, expires_at, attempts_left
                    FROM contact_verification WHERE customer_id = ? ORDER BY channel""",
                    "channel",
                    "new_value",
                    "expires_at",
                    "attempts_left"),
            of("contact_code_request", DataCategory.CONTACT, List.of(), """
                    SELECT channel, sent_at
                    FROM contact_code_request WHERE customer_id = ? ORDER BY sent_at, id""", "channel", "sent_at"),
            of(
                    "contract",
                    DataCategory.CONTRACT,
                    List.of("contract_number", "product", "phone_number", "start_date", "end_date", "status"),
                    """
                    SELECT contract_number, product, phone_number, start_date, end_date, status
                    FROM contract WHERE customer_id = ? ORDER BY start_date, id""",
                    "contract_number",
                    "product",
                    "phone_number",
                    "start_date",
                    "end_date",
                    "status"),
            of(
                    "invoice",
                    DataCategory.FINANCIAL,
                    List.of(),
                    """
                    SELECT i.invoice_number, c.contract_number, i.issue_date, i.due_date, i.amount_cents, i.currency,
                      i.status, i.paid_on, i.payment_method, i.masked_account
                    FROM invoice i LEFT JOIN contract c ON c.id = i.contract_id
                    WHERE i.customer_id = ? ORDER BY i.issue_date, i.id""",
                    "invoice_number",
                    "contract_number",
                    "issue_date",
                    "due_date",
                    "amount_cents",
                    "currency",
                    "status",
                    "paid_on",
                    "payment_method",
                    "masked_account"),
            of(
                    "service_ticket",
                    DataCategory.SUPPORT,
                    List.of("ticket_number", "opened_at", "channel", "subject"),
                    """
                    SELECT ticket_number, opened_at, closed_at, channel, subject, status
                    FROM service_ticket WHERE customer_id = ? ORDER BY opened_at, id""",
                    "ticket_number",
                    "opened_at",
                    "closed_at",
                    "channel",
                    "subject",
                    "status"),
            of(
                    "communication",
                    DataCategory.COMMUNICATION,
                    List.of(),
                    """
                    SELECT m.sent_at, m.channel, m.kind, m.subject, k.code AS campaign_code, k.name AS campaign_name
                    FROM communication m LEFT JOIN marketing_campaign k ON k.id = m.campaign_id
                    WHERE m.customer_id = ? ORDER BY m.sent_at, m.id""",
                    "sent_at",
                    "channel",
                    "kind",
                    "subject",
                    "campaign_code",
                    "campaign_name"),
            of(
                    "campaign_enrolment",
                    DataCategory.MARKETING,
                    List.of(),
                    """
                    SELECT k.code AS campaign_code, k.name AS campaign_name, k.purpose_code,
                      k.starts_on AS campaign_starts_on, k.ends_on AS campaign_ends_on, e.enrolled_on, e.ends_on
                    FROM campaign_enrolment e JOIN marketing_campaign k ON k.id = e.campaign_id
                    WHERE e.customer_id = ? ORDER BY e.enrolled_on, e.id""",
                    "campaign_code",
                    "campaign_name",
                    "purpose_code",
                    "campaign_starts_on",
                    "campaign_ends_on",
                    "enrolled_on",
                    "ends_on"),
            of(
                    "consent_decision",
                    DataCategory.CONSENT,
                    List.of("subject", "decision", "decided_at"),
                    """
                    SELECT subject, decision, decided_at, policy_version, means, actor_name
                    FROM consent_decision WHERE customer_id = ? ORDER BY decided_at, id""",
                    "subject",
                    "decision",
                    "decided_at",
                    "policy_version",
                    "means",
                    "actor_name"),
            of("policy_acknowledgement", DataCategory.CONSENT, List.of(), """
                    SELECT version, acknowledged_at
                    FROM policy_acknowledgement WHERE customer_id = ? ORDER BY acknowledged_at, id""", "version", "acknowledged_at"),
            of(
                    "portal_account",
                    DataCategory.SECURITY,
                    List.of("email", "display_name"),
                    """
                    SELECT a.email, a.display_name, a.status,
                      (SELECT GROUP_CONCAT(r.role ORDER BY r.role SEPARATOR ' ') FROM portal_account_role r
                        WHERE r.account_id = a.id) AS roles,
                      a.created_at, a.last_sign_in_at
                    FROM portal_account a WHERE a.customer_id = ? ORDER BY a.id""",
                    "email",
                    "display_name",
                    "status",
                    "roles",
                    "created_at",
                    "last_sign_in_at"),
            of("portal_sign_in", DataCategory.SECURITY, List.of(), """
                    SELECT signed_in_at, ip_truncated, user_agent
                    FROM portal_sign_in WHERE customer_id = ? ORDER BY signed_in_at, id""", "signed_in_at", "ip_truncated", "user_agent"),
            of(
                    "audit_event",
                    DataCategory.SECURITY,
                    List.of(),
                    """
                    SELECT a.occurred_at, a.actor_name,
                      (SELECT agent.display_name FROM portal_account agent
                        WHERE agent.id = a.on_behalf_of_account_id) AS on_behalf_of_name,
                      a.action, a.target_type, a.target_id, a.details
                    FROM audit_event a WHERE a.subject_customer_id = ? ORDER BY a.occurred_at, a.id""",
                    "occurred_at",
                    "actor_name",
                    "on_behalf_of_name",
                    "action",
                    "target_type",
                    "target_id",
                    "details"),
            of(
                    "privacy_request",
                    DataCategory.CONSENT,
                    List.of(),
                    """
                    SELECT type, status, proposed_values, submitted_at, due_at
                    FROM privacy_request WHERE customer_id = ? ORDER BY submitted_at, id""",
                    "type",
                    "status",
                    "proposed_values",
                    "submitted_at",
                    "due_at"),
            of(
                    "assist_session",
                    DataCategory.SECURITY,
                    List.of(),
                    """
                    SELECT staff_name, mode, reason_category, reason, ticket, started_at, ends_at, extension_reason,
                      ended_at, end_reason, ended_by
                    FROM assist_session WHERE customer_id = ? ORDER BY started_at, id""",
                    "staff_name",
                    "mode",
                    "reason_category",
                    "reason",
                    "ticket",
                    "started_at",
                    "ends_at",
                    "extension_reason",
                    "ended_at",
                    "end_reason",
                    "ended_by"),
            // the code's hash stays out: it is a credential, not information about the customer
            of(
                    "assist_access_code",
                    DataCategory.SECURITY,
                    List.of(),
                    """
                    SELECT created_at, expires_at, attempts_left, used_at
                    FROM assist_access_code WHERE customer_id = ? ORDER BY id""",
                    "created_at",
                    "expires_at",
                    "attempts_left",
                    "used_at"),
            of("intake_customer_import", DataCategory.IDENTITY, List.of(), """
                    SELECT imported_values, imported_at
                    FROM intake_customer_import WHERE customer_id = ?""", "imported_values", "imported_at"),
            of(
                    "intake_conflict",
                    DataCategory.IDENTITY,
                    List.of(),
                    """
                    SELECT field, portal_value, imported_value, file_name, line_number, detected_at, resolved_at,
                      resolution
                    FROM intake_conflict WHERE customer_id = ? ORDER BY detected_at, id""",
                    "field",
                    "portal_value",
                    "imported_value",
                    "file_name",
                    "line_number",
                    "detected_at",
                    "resolved_at",
                    "resolution"));

    private ArchiveSections() {}

    /** The customer row: the keys, everything {@link CustomerColumns} names, and when it was created. */
    private static ArchiveSection customer() {
        List<String> columns = Stream.of(
                        Stream.of("customer_number", "type"), CustomerColumns.ALL.stream(), Stream.of("created_at"))
                .flatMap(column -> column)
                .toList();
        List<String> portable =
                Stream.concat(Stream.of("type"), CustomerColumns.GIVEN.stream()).toList();
        return of(
                "customer",
                DataCategory.IDENTITY,
                portable,
                "SELECT " + String.join(", ", columns) + " FROM customer WHERE id = ?",
                columns.toArray(String[]::new));
    }
}
