package be.cloudgroup.privacy.persistence.preferences;

import be.cloudgroup.privacy.preferences.AudienceRule;
import be.cloudgroup.privacy.preferences.ConsentEntry;
import be.cloudgroup.privacy.preferences.ConsentLedger;
import be.cloudgroup.privacy.preferences.ConsentSubject;
import be.cloudgroup.privacy.preferences.Decision;
import be.cloudgroup.privacy.preferences.DecisionMeans;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ledger in plain SQL: the table has no JPA entity, so there is no object whose change could
 * be flushed as an UPDATE, and a duplicate idempotency key is a failed statement the transaction
 * survives (a repository save would have marked the whole transaction for rollback). Times are
 * stored as UTC wall-clock time, like everywhere else (hibernate.jdbc.time_zone=UTC).
 */
@Component
class ConsentLedgerAdapter implements ConsentLedger {

    private static final String COLUMNS = """
            SELECT customer_id, subject, decision, decided_at, policy_version, means, actor_account_id, actor_name
            FROM consent_decision WHERE customer_id = ? ORDER BY decided_at, id""";

    /** The latest decision about one subject at an instant; parameters: subject key, instant. */
    private static final String LATEST = """
            (SELECT d.decision FROM consent_decision d
              WHERE d.customer_id = c.id AND d.subject = ? AND d.decided_at <= ?
              ORDER BY d.decided_at DESC, d.id DESC LIMIT 1)""";

    /** No restriction of the purpose or of everything; parameters: purpose code, instant. */
    private static final String RESTRICTED = """
            NOT EXISTS (SELECT 1 FROM processing_restriction r JOIN privacy_request q ON q.id = r.request_id
              WHERE q.customer_id = c.id AND (r.purpose_code IS NULL OR r.purpose_code = ?) AND r.restricted_at <= ?
              AND r.lifted_at IS NULL)""";

    private final JdbcTemplate jdbc;

    ConsentLedgerAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ConsentEntry> entriesOf(long customerId) {
        return jdbc.query(COLUMNS, ConsentLedgerAdapter::entry, customerId);
    }

    @Override
    public List<ConsentEntry> lockAndRead(long customerId) {
        if (jdbc.queryForList("SELECT id FROM customer WHERE id = ? FOR UPDATE", Long.class, customerId)
                .isEmpty()) {
            throw new IllegalArgumentException("No customer " + customerId);
        }
        // a locking read sees what a concurrent decision committed while this one waited for the lock
        return jdbc.query(COLUMNS + " LOCK IN SHARE MODE", ConsentLedgerAdapter::entry, customerId);
    }

    @Override
    public boolean append(ConsentEntry entry, UUID idempotencyKey) {
        try {
            jdbc.update(
                    """
                    INSERT INTO consent_decision (customer_id, subject, decision, decided_at, policy_version, means,
                      actor_account_id, actor_name, idempotency_key)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    entry.customerId(),
                    entry.subject().key(),
                    entry.decision().name(),
                    utc(entry.decidedAt()),
                    entry.policyVersion(),
                    entry.means().name(),
                    entry.actorAccountId(),
                    entry.actorName(),
                    idempotencyKey.toString());
            return true;
        } catch (DuplicateKeyException resent) {
            return false;
        }
    }

    @Override
    public List<Long> customersAllowing(List<AudienceRule> rules, Instant at, long afterCustomerId, int limit) {
        List<Object> parameters = new ArrayList<>();
        String conditions = conditions(rules, at, parameters);
        parameters.add(afterCustomerId);
        parameters.add(limit);
        return jdbc.queryForList(
                "SELECT c.id FROM customer c WHERE " + conditions + " AND c.id > ? ORDER BY c.id LIMIT ?",
                Long.class,
                parameters.toArray());
    }

    @Override
    public boolean customerAllows(long customerId, List<AudienceRule> rules, Instant at) {
        List<Object> parameters = new ArrayList<>();
        String conditions = conditions(rules, at, parameters);
        parameters.add(customerId);
        return !jdbc.queryForList(
                        "SELECT c.id FROM customer c WHERE " + conditions + " AND c.id = ?",
                        Long.class,
                        parameters.toArray())
                .isEmpty();
    }

    /**
     * FORMER customers are never in an audience; each ledger rule reads the latest decision by
     * index; a processing restriction (from a privacy request, in force at the instant) of the
     * purpose or of the whole customer excludes.
     */
    private static String conditions(List<AudienceRule> rules, Instant at, List<Object> parameters) {
        StringBuilder sql = new StringBuilder("c.status <> 'FORMER'");
        for (AudienceRule rule : rules) {
            switch (rule.kind()) {
                case CONSENT_GIVEN -> sql.append(" AND " + LATEST + " = 'GIVEN'");
                case NOT_RESTRICTED -> sql.append(" AND COALESCE(" + LATEST + ", '') NOT IN ('WITHDRAWN', 'OBJECTED')");
                case NO_PROCESSING_RESTRICTION -> {
                    sql.append(" AND ").append(RESTRICTED);
                    parameters.add(rule.purposeCode());
                    parameters.add(utc(at));
                    continue;
                }
            }
            parameters.add(rule.subject().key());
            parameters.add(utc(at));
        }
        return sql.toString();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static ConsentEntry entry(ResultSet row, int number) throws SQLException {
        long actorId = row.getLong("actor_account_id");
        Long actor = row.wasNull() ? null : actorId;
        return new ConsentEntry(
                row.getLong("customer_id"),
                ConsentSubject.parse(row.getString("subject")),
                Decision.valueOf(row.getString("decision")),
                row.getObject("decided_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                row.getInt("policy_version"),
                DecisionMeans.valueOf(row.getString("means")),
                actor,
                row.getString("actor_name"));
    }
}
