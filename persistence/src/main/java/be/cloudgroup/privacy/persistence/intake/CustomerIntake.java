package be.cloudgroup.privacy.persistence.intake;

import static be.cloudgroup.privacy.persistence.intake.KeyedTable.utc;

import be.cloudgroup.privacy.intake.IntakeLine;
import be.cloudgroup.privacy.intake.IntakeRecord;
import be.cloudgroup.privacy.persistence.customer.CustomerColumns;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The customer lines of a batch: a three-way comparison per field of the stored value, the value
 * of the last import and the imported value.
 *
 * <ul>
 *   <li>imported = stored: nothing to do (the last imported value follows);
 *   <li>imported = last imported: the company's system did not change it, the stored value stays
 *       (also when the customer corrected it in the portal);
 *   <li>stored = last imported: only the company's system changed it, the imported value is taken;
 *   <li>otherwise (both changed it, or the customer was never imported): a conflict for an admin,
 *       the stored value stays.
 * </ul>
 */
final class CustomerIntake {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> VALUES = new TypeReference<>() {};

    /** The columns an import sets, as {@link IntakeRecord.Customer#fields()} names them. */
    static final List<String> FIELDS = CustomerColumns.ALL;

    private record Stored(long id, String type, long version, Map<String, String> fields) {}

    private record Conflict(long id, String importedValue) {}

    private final JdbcTemplate jdbc;
    private final String fileName;
    private final Instant at;
    private final Changes changes;

    CustomerIntake(JdbcTemplate jdbc, String fileName, Instant at, Changes changes) {
        this.jdbc = jdbc;
        this.fileName = fileName;
        this.at = at;
        this.changes = changes;
    }

    /** Applies the batch's customer lines; returns the ids of the customers they name, by number. */
    Map<String, Long> apply(List<IntakeLine> batch) {
        List<IntakeLine> lines = batch.stream()
                .filter(line -> line.record() instanceof IntakeRecord.Customer)
                .toList();
        Map<String, Long> ids = new HashMap<>();
        if (lines.isEmpty()) {
            return ids;
        }
        Map<String, Stored> stored = load(lines.stream()
                .map(line -> line.record().customer().toString())
                .distinct()
                .toList());
        Map<Long, Map<String, String>> lastImported = lastImported(stored.values());
        Map<Long, Map<String, Conflict>> open = openConflicts(stored.values());
        Map<String, Long> seen = new HashMap<>();
        List<IntakeRecord.Customer> created = new ArrayList<>();
        List<Object[]> snapshots = new ArrayList<>();
        List<Object[]> newConflicts = new ArrayList<>();
        List<Object[]> changedConflicts = new ArrayList<>();
        for (IntakeLine line : lines) {
            IntakeRecord.Customer customer = (IntakeRecord.Customer) line.record();
            String number = customer.customer().toString();
            Long earlier = seen.putIfAbsent(number, line.number());
            if (earlier != null) {
                changes.refuse(
                        line.number(),
                        "intake.refused.duplicate",
                        "The same customer as line " + earlier,
                        Long.toString(earlier));
                continue;
            }
            Map<String, String> imported = customer.fields();
            Stored current = stored.get(number);
            if (current == null) {
                created.add(customer);
                changes.created++;
                continue;
            }
            ids.put(number, current.id());
            if (!current.type().equals(customer.type().name())) {
                changes.refuse(line.number(), "intake.refused.type-change", "A customer's type cannot change", number);
                continue;
            }
            Map<String, String> last = lastImported.get(current.id());
            Map<String, String> nextLast = new TreeMap<>(last == null ? Map.of() : last);
            Map<String, String> taken = new TreeMap<>();
            for (String field : FIELDS) {
                String mine = imported.get(field);
                String theirs = current.fields().get(field);
                String previous = last == null ? null : last.get(field);
                if (mine.equals(theirs)) {
                    nextLast.put(field, mine);
                } else if (mine.equals(previous)) {
                    // the company's system did not change it: the value in the portal stands
                } else if (previous != null && theirs.equals(previous)) {
                    taken.put(field, mine);
                    nextLast.put(field, mine);
                } else {
                    Conflict conflict =
                            open.getOrDefault(current.id(), Map.of()).get(field);
                    if (conflict == null) {
                        newConflicts.add(
                                new Object[] {current.id(), field, theirs, mine, fileName, line.number(), utc(at)});
                        changes.conflicts++;
                    } else if (!conflict.importedValue().equals(mine)) {
                        changedConflicts.add(
                                new Object[] {theirs, mine, fileName, line.number(), utc(at), conflict.id()});
                        changes.conflicts++;
                    }
                }
            }
            if (!nextLast.equals(last == null ? Map.of() : last)) {
                snapshots.add(new Object[] {current.id(), json(nextLast), utc(at)});
            }
            if (taken.isEmpty()) {
                changes.unchanged++;
            } else {
                update(current, taken);
                changes.updated++;
                taken.keySet().forEach(field -> changes.changed(current.id(), number, field));
            }
        }
        insert(created, ids, snapshots);
        if (!snapshots.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO intake_customer_import (customer_id, imported_values, imported_at) VALUES (?, ?, ?)
                    ON DUPLICATE KEY UPDATE imported_values = VALUES(imported_values), imported_at = VALUES(imported_at)""", snapshots);
        }
        if (!newConflicts.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO intake_conflict
                      (customer_id, field, portal_value, imported_value, file_name, line_number, detected_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", newConflicts);
        }
        if (!changedConflicts.isEmpty()) {
            jdbc.batchUpdate("""
                    UPDATE intake_conflict
                    SET portal_value = ?, imported_value = ?, file_name = ?, line_number = ?, detected_at = ?
                    WHERE id = ?""", changedConflicts);
        }
        return ids;
    }

    private void update(Stored current, Map<String, String> taken) {
        List<@Nullable Object> arguments = new ArrayList<>();
        for (Map.Entry<String, String> field : taken.entrySet()) {
            arguments.add(column(field.getKey(), field.getValue()));
        }
        arguments.add(current.id());
        arguments.add(current.version());
        int updated = jdbc.update(
                "UPDATE customer SET "
                        + taken.keySet().stream().map(field -> field + " = ?").collect(Collectors.joining(", "))
                        + ", version = version + 1 WHERE id = ? AND version = ?",
                arguments.toArray());
        if (updated != 1) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "Customer " + current.id() + " changed while it was imported");
        }
    }

    /** Inserts the new customers in one JDBC batch, then learns their ids and records their imported values. */
    private void insert(List<IntakeRecord.Customer> created, Map<String, Long> ids, List<Object[]> snapshots) {
        if (created.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(created.size());
        for (IntakeRecord.Customer customer : created) {
            Map<String, String> fields = customer.fields();
            List<@Nullable Object> row = new ArrayList<>();
            row.add(customer.customer().toString());
            row.add(customer.type().name());
            for (String field : FIELDS) {
                row.add(column(field, fields.get(field)));
            }
            row.add(utc(at));
            rows.add(row.toArray());
        }
        jdbc.batchUpdate(
                "INSERT INTO customer (customer_number, type, " + String.join(", ", FIELDS)
                        + ", created_at, version) VALUES (?, ?, "
                        + String.join(", ", Collections.nCopies(FIELDS.size(), "?")) + ", ?, 0)",
                rows);
        Map<String, Stored> inserted = load(
                created.stream().map(customer -> customer.customer().toString()).toList());
        for (IntakeRecord.Customer customer : created) {
            Stored row = inserted.get(customer.customer().toString());
            ids.put(customer.customer().toString(), row.id());
            snapshots.add(new Object[] {row.id(), json(new TreeMap<>(customer.fields())), utc(at)});
            changes.changed(row.id(), customer.customer().toString(), "created");
        }
    }

    /** A field's text as its column takes it: "" is NULL, a date is a date. */
    private static @Nullable Object column(String field, String value) {
        if (value.isEmpty()) {
            return null;
        }
        return field.equals("acquired_on") ? LocalDate.parse(value) : value;
    }

    private Map<String, Stored> load(List<String> numbers) {
        Map<String, Stored> stored = new HashMap<>();
        jdbc.query(
                "SELECT id, customer_number, type, version, " + String.join(", ", FIELDS)
                        + " FROM customer WHERE customer_number IN ("
                        + String.join(", ", Collections.nCopies(numbers.size(), "?")) + ")",
                rs -> {
                    Map<String, String> fields = new HashMap<>();
                    for (String field : FIELDS) {
                        String value = rs.getString(field);
                        fields.put(field, value == null ? "" : value);
                    }
                    stored.put(
                            rs.getString("customer_number"),
                            new Stored(rs.getLong("id"), rs.getString("type"), rs.getLong("version"), fields));
                },
                numbers.toArray());
        return stored;
    }

    private Map<Long, Map<String, String>> lastImported(Collection<Stored> customers) {
        Map<Long, Map<String, String>> last = new HashMap<>();
        if (customers.isEmpty()) {
            return last;
        }
        jdbc.query(
                "SELECT customer_id, imported_values FROM intake_customer_import WHERE customer_id IN ("
                        + placeholders(customers) + ")",
                rs -> {
                    last.put(rs.getLong(1), parse(rs.getString(2)));
                },
                customers.stream().map(Stored::id).toArray());
        return last;
    }

    private Map<Long, Map<String, Conflict>> openConflicts(Collection<Stored> customers) {
        Map<Long, Map<String, Conflict>> open = new HashMap<>();
        if (customers.isEmpty()) {
            return open;
        }
        jdbc.query(
                "SELECT id, customer_id, field, imported_value FROM intake_conflict"
                        + " WHERE resolved_at IS NULL AND customer_id IN (" + placeholders(customers) + ")",
                rs -> {
                    open.computeIfAbsent(rs.getLong(2), id -> new HashMap<>())
                            .put(rs.getString(3), new Conflict(rs.getLong(1), rs.getString(4)));
                },
                customers.stream().map(Stored::id).toArray());
        return open;
    }

    private static String placeholders(Collection<?> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }

    static String json(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Imported values cannot be written as JSON", e);
        }
    }

    static Map<String, String> parse(String json) {
        try {
            return JSON.readValue(json, VALUES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored imported values are not JSON", e);
        }
    }
}
