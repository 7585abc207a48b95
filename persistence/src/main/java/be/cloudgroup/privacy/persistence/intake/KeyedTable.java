package be.cloudgroup.privacy.persistence.intake;

import be.cloudgroup.privacy.intake.IntakeLine;
import be.cloudgroup.privacy.intake.IntakeRecord;
import be.cloudgroup.privacy.intake.IntakeRefusal;
import be.cloudgroup.privacy.intake.IntakeRefusedException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One of a customer's tables the import fills, described as data: its columns, which of them are
 * the company's key, and how a line fills them. Rows are read for a whole batch in one query,
 * compared column by column, and written in JDBC batches: new keys inserted, changed rows updated,
 * equal rows left alone (so a second import of the same file writes nothing).
 */
final class KeyedTable<R extends IntakeRecord> {

    enum Kind {
        TEXT,
        DATE,
        MOMENT,
        LONG
    }

    record Column(String name, Kind kind) {}

    /** Looks up what a line refers to besides its customer (an invoice's contract). */
    interface Lookup {
        /** The id of the customer's contract with this number; null if unknown or another customer's. */
        @Nullable
        Long contractId(String contractNumber, long customerId);
    }

    /** A line's values in the order of the columns, as JDBC takes them; refuses what it cannot fill. */
    @FunctionalInterface
    interface Filler<R> {
        List<@Nullable Object> values(R record, long customerId, Lookup lookup);
    }

    private final String table;
    private final Class<R> type;
    private final List<Column> columns;
    private final int keyColumns;
    private final boolean keyedByCustomer;
    private final Filler<R> values;

    /**
     * @param columns         the columns besides {@code customer_id}, the key columns first
     * @param keyColumns      how many of the first columns are the key
     * @param keyedByCustomer whether {@code customer_id} is part of the key (a row without a number
     *                        of its own); otherwise a key belongs to one customer for good
     * @param values          the line's values in the order of {@code columns}, as JDBC takes them
     */
    KeyedTable(
            String table,
            Class<R> type,
            List<Column> columns,
            int keyColumns,
            boolean keyedByCustomer,
            Filler<R> values) {
        this.table = table;
        this.type = type;
        this.columns = List.copyOf(columns);
        this.keyColumns = keyColumns;
        this.keyedByCustomer = keyedByCustomer;
        this.values = values;
    }

    private record Stored(long id, long customerId, List<@Nullable Object> values) {}

    void apply(
            JdbcTemplate jdbc, List<IntakeLine> batch, Map<String, Long> customerIds, Lookup lookup, Changes changes) {
        List<IntakeLine> lines =
                batch.stream().filter(line -> type.isInstance(line.record())).toList();
        if (lines.isEmpty()) {
            return;
        }
        Map<List<@Nullable Object>, Stored> stored = load(jdbc, lines, customerIds, lookup);
        Map<List<@Nullable Object>, Long> seen = new HashMap<>();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (IntakeLine line : lines) {
            R record = type.cast(line.record());
            String number = record.customer().toString();
            Long customerId = customerIds.get(number);
            if (customerId == null) {
                changes.refuse(line.number(), "intake.refused.unknown-customer", "Unknown customer " + number, number);
                continue;
            }
            List<@Nullable Object> row;
            try {
                row = values.values(record, customerId, lookup);
            } catch (IntakeRefusedException refused) {
                changes.refusals.add(IntakeRefusal.of(line.number(), refused));
                continue;
            }
            List<@Nullable Object> key = key(customerId, row);
            Long earlier = seen.putIfAbsent(key, line.number());
            if (earlier != null) {
                changes.refuse(
                        line.number(),
                        "intake.refused.duplicate",
                        "The same " + table + " as line " + earlier,
                        Long.toString(earlier));
                continue;
            }
            Stored existing = stored.get(key);
            if (existing == null) {
                Object[] insert = new Object[row.size() + 1];
                insert[0] = customerId;
                for (int i = 0; i < row.size(); i++) {
                    insert[i + 1] = row.get(i);
                }
                inserts.add(insert);
                changes.created++;
                changes.changed(customerId, number, table);
            } else if (existing.customerId() != customerId) {
                changes.refuse(
                        line.number(),
                        "intake.refused.other-customer",
                        "Belongs to another customer",
                        String.valueOf(row.get(0)));
            } else if (existing.values().equals(row)) {
                changes.unchanged++;
            } else {
                Object[] update = new Object[row.size() + 1];
                for (int i = 0; i < row.size(); i++) {
                    update[i] = row.get(i);
                }
                update[row.size()] = existing.id();
                updates.add(update);
                changes.updated++;
                changes.changed(customerId, number, table);
            }
        }
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO " + table + " (customer_id, " + names + ") VALUES (?, "
                            + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")",
                    inserts);
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate(
                    "UPDATE " + table + " SET "
                            + columns.stream().map(c -> c.name() + " = ?").collect(Collectors.joining(", "))
                            + " WHERE id = ?",
                    updates);
        }
    }

    private List<@Nullable Object> key(long customerId, List<@Nullable Object> row) {
        List<@Nullable Object> key = new ArrayList<>(row.subList(0, keyColumns));
        if (keyedByCustomer) {
            key.add(customerId);
        }
        return key;
    }

    /** The stored rows of the batch's keys (by the first key column, or by customer), by key. */
    private Map<List<@Nullable Object>, Stored> load(
            JdbcTemplate jdbc, List<IntakeLine> lines, Map<String, Long> customerIds, Lookup lookup) {
        List<Object> wanted = new ArrayList<>();
        for (IntakeLine line : lines) {
            R record = type.cast(line.record());
            Long customerId = customerIds.get(record.customer().toString());
            if (keyedByCustomer) {
                if (customerId != null) {
                    wanted.add(customerId);
                }
            } else {
                wanted.add(Objects.requireNonNull(firstKey(record, lookup, customerId)));
            }
        }
        Map<List<@Nullable Object>, Stored> stored = new HashMap<>();
        if (wanted.isEmpty()) {
            return stored;
        }
        String by = keyedByCustomer ? "customer_id" : columns.get(0).name();
        List<Object> distinct = wanted.stream().distinct().toList();
        jdbc.query(
                "SELECT id, customer_id, "
                        + columns.stream().map(Column::name).collect(Collectors.joining(", "))
                        + " FROM " + table + " WHERE " + by + " IN ("
                        + String.join(", ", Collections.nCopies(distinct.size(), "?")) + ")",
                rs -> {
                    List<@Nullable Object> row = new ArrayList<>(columns.size());
                    for (int i = 0; i < columns.size(); i++) {
                        row.add(read(rs, i + 3, columns.get(i).kind()));
                    }
                    Stored one = new Stored(rs.getLong(1), rs.getLong(2), row);
                    stored.put(key(one.customerId(), row), one);
                },
                distinct.toArray());
        return stored;
    }

    /** The first key column's value: the company's number, which needs no lookup. */
    private @Nullable Object firstKey(R record, Lookup lookup, @Nullable Long customerId) {
        try {
            return values.values(record, customerId == null ? -1 : customerId, lookup)
                    .get(0);
        } catch (IntakeRefusedException refused) {
            return "";
        }
    }

    private static @Nullable Object read(ResultSet rs, int index, Kind kind) throws SQLException {
        return switch (kind) {
            case TEXT -> rs.getString(index);
            case DATE -> rs.getObject(index, LocalDate.class);
            case MOMENT -> rs.getObject(index, LocalDateTime.class);
            case LONG -> rs.getObject(index, Long.class);
        };
    }

    /** A moment as the DATETIME(6) columns hold it: UTC, to the microsecond. */
    static @Nullable LocalDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
