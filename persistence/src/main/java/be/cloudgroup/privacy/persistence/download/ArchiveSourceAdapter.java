package be.cloudgroup.privacy.persistence.download;

import be.cloudgroup.privacy.download.archive.ArchiveSource;
import be.cloudgroup.privacy.download.archive.ArchiveTable;
import be.cloudgroup.privacy.download.archive.RowConsumer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Streams archive sections with plain JDBC: MariaDB Connector/J streams a result set when the fetch
 * size is positive, so at most {@link #FETCH_SIZE} rows are in memory at a time. JdbcTemplate joins
 * the caller's (read-only) transaction, so every section reads the same snapshot.
 */
@Component
class ArchiveSourceAdapter implements ArchiveSource {

    static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final Map<String, String> statements = ArchiveSections.ALL.stream()
            .collect(Collectors.toUnmodifiableMap(section -> section.table().name(), ArchiveSection::sql));
    private final List<ArchiveTable> tables =
            ArchiveSections.ALL.stream().map(ArchiveSection::table).toList();

    ArchiveSourceAdapter(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    @Override
    public List<ArchiveTable> tables() {
        return tables;
    }

    @Override
    public Optional<String> customerNumber(long customerId) {
        return jdbc.queryForList("SELECT customer_number FROM customer WHERE id = ?", String.class, customerId).stream()
                .findFirst();
    }

    @Override
    public void stream(ArchiveTable table, long customerId, long limit, RowConsumer rows) throws IOException {
        String sql = statements.get(table.name());
        if (sql == null) {
            throw new IllegalArgumentException("Unknown archive section " + table.name());
        }
        int width = table.columns().size();
        try {
            // A LIMIT rather than stopping early: a streamed result set is read to its end when closed.
            jdbc.query(
                    sql + " LIMIT ?",
                    new RowCallbackHandler() {
                        private ColumnReader[] readers;

                        @Override
                        public void processRow(ResultSet resultSet) throws SQLException {
                            if (readers == null) {
                                readers = readers(resultSet.getMetaData(), width);
                            }
                            Object[] row = new Object[width];
                            for (int i = 0; i < width; i++) {
                                row[i] = readers[i].read(resultSet);
                            }
                            try {
                                rows.accept(row);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                    },
                    customerId,
                    limit);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** One reader per column, turning the JDBC value into the types the archive writes. */
    private static ColumnReader[] readers(ResultSetMetaData meta, int width) throws SQLException {
        if (meta.getColumnCount() != width) {
            throw new IllegalStateException(
                    "Archive statement selects " + meta.getColumnCount() + " columns, not " + width);
        }
        ColumnReader[] readers = new ColumnReader[width];
        for (int i = 0; i < width; i++) {
            int column = i + 1;
            readers[i] = switch (meta.getColumnType(column)) {
                case Types.BIGINT, Types.INTEGER, Types.SMALLINT ->
                    rs -> {
                        long value = rs.getLong(column);
                        return rs.wasNull() ? null : value;
                    };
                case Types.BOOLEAN, Types.BIT, Types.TINYINT ->
                    rs -> {
                        boolean value = rs.getBoolean(column);
                        return rs.wasNull() ? null : value;
                    };
                case Types.DATE -> rs -> rs.getObject(column, LocalDate.class);
                case Types.TIMESTAMP ->
                    rs -> {
                        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
                        return value == null ? null : value.toInstant(ZoneOffset.UTC);
                    };
                default -> rs -> rs.getString(column);
            };
        }
        return readers;
    }

    private interface ColumnReader {
        Object read(ResultSet resultSet) throws SQLException;
    }
}
