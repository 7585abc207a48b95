package be.cloudgroup.privacy.download.archive;

import be.cloudgroup.privacy.register.DataCategory;
import java.util.List;
import java.util.Objects;

/**
 * One table section of the download archive: what the customer sees of one database table. The
 * section's name is the key in {@code data.json}, the file name under {@code csv/} and the
 * translation key of its heading; its columns are the fields of every row, in order.
 *
 * <p>Invariants: the name is a lower-case identifier; there is at least one column; the portable
 * columns (Art. 20: provided by the customer and processed on consent or contract) are a subset of
 * the columns, empty when the table is not part of {@code portable.json}.
 *
 * @param name            e.g. {@code contract}
 * @param category        the data category whose heading the section appears under
 * @param columns         the fields of each row, in order
 * @param portableColumns the fields that go into {@code portable.json}, in order
 */
public record ArchiveTable(String name, DataCategory category, List<String> columns, List<String> portableColumns) {

    public ArchiveTable {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z][a-z_]*")) {
            throw new IllegalArgumentException("a table section name is a lower-case identifier: " + name);
        }
        Objects.requireNonNull(category, "category");
        columns = List.copyOf(columns);
        portableColumns = List.copyOf(portableColumns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table section has at least one column: " + name);
        }
        if (!columns.containsAll(portableColumns)) {
            throw new IllegalArgumentException("portable columns must be columns of " + name + ": " + portableColumns);
        }
    }

    public boolean portable() {
        return !portableColumns.isEmpty();
    }
}
