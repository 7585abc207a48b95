package be.cloudgroup.privacy.persistence.intake;

import static be.cloudgroup.privacy.persistence.intake.KeyedTable.utc;

import be.cloudgroup.privacy.intake.BatchOutcome;
import be.cloudgroup.privacy.intake.IntakeConflict;
import be.cloudgroup.privacy.intake.IntakeLine;
import be.cloudgroup.privacy.intake.IntakeRecord;
import be.cloudgroup.privacy.intake.IntakeStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(propagation = Propagation.MANDATORY)
class IntakeStoreAdapter implements IntakeStore {

    private static final String CONFLICTS = """
            SELECT k.id, k.customer_id, c.customer_number, k.field, k.portal_value, k.imported_value,
              k.file_name, k.line_number, k.detected_at
            FROM intake_conflict k JOIN customer c ON c.id = k.customer_id
            WHERE k.resolved_at IS NULL""";

    private final JdbcTemplate jdbc;

    IntakeStoreAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public BatchOutcome apply(List<IntakeLine> batch, String fileName, Instant at) {
        Changes changes = new Changes();
        Map<String, Long> customerIds = new CustomerIntake(jdbc, fileName, at, changes).apply(batch);
        customerIds.putAll(customerIdsOf(batch, customerIds));
        KeyedTable.Lookup none = (number, customer) -> null;
        IntakeTables.CONTRACT.apply(jdbc, batch, customerIds, none, changes);
        Map<String, long[]> contracts = contractsOf(batch);
        KeyedTable.Lookup contract = (number, customer) -> {
            long[] idAndCustomer = contracts.get(number);
            return idAndCustomer == null || idAndCustomer[1] != customer ? null : idAndCustomer[0];
        };
        for (KeyedTable<?> table : IntakeTables.IN_ORDER) {
            if (table != IntakeTables.CONTRACT) {
                table.apply(jdbc, batch, customerIds, contract, changes);
            }
        }
        return changes.outcome();
    }

    /** The ids of the customers the batch's other lines name, that its customer lines did not. */
    private Map<String, Long> customerIdsOf(List<IntakeLine> batch, Map<String, Long> known) {
        List<String> numbers = batch.stream()
                .filter(line -> !(line.record() instanceof IntakeRecord.Customer))
                .map(line -> line.record().customer().toString())
                .filter(number -> !known.containsKey(number))
                .distinct()
                .toList();
        Map<String, Long> ids = new HashMap<>();
        if (!numbers.isEmpty()) {
            jdbc.query(
                    "SELECT customer_number, id FROM customer WHERE customer_number IN (" + placeholders(numbers.size())
                            + ")",
                    rs -> {
                        ids.put(rs.getString(1), rs.getLong(2));
                    },
                    numbers.toArray());
        }
        return ids;
    }

    /** The contracts the batch's invoices name: number → {id, customer id}. */
    private Map<String, long[]> contractsOf(List<IntakeLine> batch) {
        List<String> numbers = batch.stream()
                .map(IntakeLine::record)
                .filter(IntakeRecord.Invoice.class::isInstance)
                .map(record -> ((IntakeRecord.Invoice) record).contractNumber())
                .filter(number -> number != null)
                .distinct()
                .toList();
        Map<String, long[]> contracts = new HashMap<>();
        if (!numbers.isEmpty()) {
            jdbc.query(
                    "SELECT contract_number, id, customer_id FROM contract WHERE contract_number IN ("
                            + placeholders(numbers.size()) + ")",
                    rs -> {
                        contracts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                    },
                    numbers.toArray());
        }
        return contracts;
    }

    @Override
    public List<IntakeConflict> openConflicts(int offset, int limit) {
        return jdbc.query(
                CONFLICTS + " ORDER BY k.detected_at, k.id LIMIT ? OFFSET ?",
                IntakeStoreAdapter::conflict,
                limit,
                offset);
    }

    @Override
    public long countOpenConflicts() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM intake_conflict WHERE resolved_at IS NULL", Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public Optional<IntakeConflict> openConflict(long id) {
        return jdbc.query(CONFLICTS + " AND k.id = ? FOR UPDATE", IntakeStoreAdapter::conflict, id).stream()
                .findFirst();
    }

    @Override
    public void resolve(long id, boolean takeImported, String resolvedBy, Instant at) {
        IntakeConflict conflict = openConflict(id).orElseThrow();
        if (!CustomerIntake.FIELDS.contains(conflict.field())) {
            throw new IllegalStateException("Not a field an import sets: " + conflict.field());
        }
        if (takeImported) {
            jdbc.update(
                    "UPDATE customer SET " + conflict.field() + " = ?, version = version + 1 WHERE id = ?",
                    conflict.importedValue().isEmpty() ? null : conflict.importedValue(),
                    conflict.customerId());
        }
        List<String> last = jdbc.queryForList(
                "SELECT imported_values FROM intake_customer_import WHERE customer_id = ? FOR UPDATE",
                String.class,
                conflict.customerId());
        Map<String, String> values = last.isEmpty() ? new HashMap<>() : CustomerIntake.parse(last.get(0));
        values.put(conflict.field(), conflict.importedValue());
        jdbc.update("""
                INSERT INTO intake_customer_import (customer_id, imported_values, imported_at) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE imported_values = VALUES(imported_values)""", conflict.customerId(), CustomerIntake.json(values), utc(at));
        jdbc.update(
                "UPDATE intake_conflict SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?",
                utc(at),
                resolvedBy,
                takeImported ? "IMPORTED" : "CUSTOMER",
                id);
    }

    private static IntakeConflict conflict(ResultSet rs, int row) throws SQLException {
        return new IntakeConflict(
                rs.getLong("id"),
                rs.getLong("customer_id"),
                rs.getString("customer_number"),
                rs.getString("field"),
                rs.getString("portal_value"),
                rs.getString("imported_value"),
                rs.getString("file_name"),
                rs.getLong("line_number"),
                rs.getObject("detected_at", LocalDateTime.class).toInstant(ZoneOffset.UTC));
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
