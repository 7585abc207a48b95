package be.cloudgroup.privacy.persistence.download;

import be.cloudgroup.privacy.download.archive.ArchiveTable;
import be.cloudgroup.privacy.register.DataCategory;
import java.util.List;

/**
 * One table section of the archive and the statement that reads it. The statement takes the
 * customer's internal id as its only parameter, selects exactly the section's columns in order
 * (column labels equal to the column names) and orders its rows stably.
 */
record ArchiveSection(ArchiveTable table, String sql) {

    static ArchiveSection of(
            String name, DataCategory category, List<String> portableColumns, String sql, String... columns) {
        return new ArchiveSection(new ArchiveTable(name, category, List.of(columns), portableColumns), sql);
    }
}
