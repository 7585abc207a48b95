package be.cloudgroup.privacy.download.archive;

import be.cloudgroup.privacy.register.ProcessingRegister;
import be.cloudgroup.privacy.register.PurposeDetails;
import be.cloudgroup.privacy.shared.CsvFile;
import be.cloudgroup.privacy.shared.Language;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a customer's download archive as one ZIP while the rows are read: {@code index.html}
 * (human-readable, in the chosen language), {@code data.json} (everything, described by
 * {@code schema.json}), {@code csv/<table>.csv} (one per table section), {@code privacy-info.json}
 * (Art. 15(1): purposes, bases, recipients, retention, source, rights, DPO, complaint authority) and
 * {@code portable.json} (Art. 20).
 *
 * <p>This is not a door for customers: it takes a customer id and checks nothing. The customer's
 * download service checks the caller, the rate limit and the ticket, audits, and then calls it.
 * It is a {@code @Component}, not a {@code @Service}, for that reason.
 *
 * <p>Memory stays constant whatever the number of rows: every table is read once by a streamed
 * query (all inside this read-only transaction, so every file shows the same snapshot) that writes
 * the table's CSV and its part of {@code data.json} in the same pass; {@code data.json} waits in a
 * temporary {@link Spool} until the CSVs are written. {@code index.html} reads the first rows of
 * each table and {@code portable.json} the few portable tables again. No list of rows is ever
 * held, and the ZIP goes straight to {@code out}, which is neither buffered whole nor closed here.
 */
@Component
public class ArchiveWriter {

    /** The JSON Schema of {@code data.json}, also published inside every archive. */
    public static final String SCHEMA_RESOURCE = "download/schema.json";

    private final ArchiveSource source;
    private final ProcessingRegister register;
    private final Clock clock;
    private final String dpoEmail;

    public ArchiveWriter(
            ArchiveSource source,
            ProcessingRegister register,
            Clock clock,
            @Value("${portal.dpo.email:info@cloudgroup.be}") String dpoEmail) {
        this.source = source;
        this.register = register;
        this.clock = clock;
        this.dpoEmail = dpoEmail;
    }

    /** The table sections, in archive order; the download page lists them. */
    public List<ArchiveTable> tables() {
        return source.tables();
    }

    /** The headings of the table sections, in archive order and as the archive names them. */
    public List<String> headings(Language language) {
        ArchiveTexts texts = ArchiveTexts.of(language);
        return source.tables().stream()
                .map(table -> texts.get("table." + table.name()))
                .toList();
    }

    @Transactional(readOnly = true)
    public void write(long customerId, Language language, OutputStream out) throws IOException {
        Objects.requireNonNull(language, "language");
        String customerNumber = source.customerNumber(customerId)
                .orElseThrow(() -> new IllegalArgumentException("No customer with id " + customerId));
        Instant now = clock.instant();
        ArchiveTexts texts = ArchiveTexts.of(language);
        List<PurposeDetails> purposes = register.activePurposes(language);
        List<ArchiveTable> tables = source.tables();
        ArchiveHeader header = new ArchiveHeader(customerNumber, now, language);

        ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out), java.nio.charset.StandardCharsets.UTF_8);
        // Speed over size: the archive is written while the customer waits, and text compresses well anyway.
        zip.setLevel(Deflater.BEST_SPEED);
        entry(zip, "index.html", now);
        Rows rows = (table, limit, consumer) -> source.stream(table, customerId, limit, consumer);
        new HtmlReport(texts, header, dpoEmail).write(zip, tables, purposes, rows);
        // Each table is read once: its CSV goes straight into the ZIP while its part of data.json is
        // spooled, and the spool becomes the data.json entry once every table has been read.
        try (Spool spool = new Spool()) {
            try (JsonFiles.Tables data = JsonFiles.data(spool.out(), header)) {
                for (ArchiveTable table : tables) {
                    entry(zip, "csv/" + table.name() + ".csv", now);
                    CsvFile csv = new CsvFile(zip, table.columns());
                    RowConsumer json = data.table(table, table.columns());
                    rows.stream(table, row -> {
                        csv.row(row);
                        json.accept(row);
                    });
                    csv.finish();
                    data.endTable();
                }
            }
            entry(zip, "data.json", now);
            spool.copyTo(zip);
        }
        entry(zip, "privacy-info.json", now);
        JsonFiles.privacyInfo(zip, header, texts, purposes, dpoEmail);
        entry(zip, "portable.json", now);
        JsonFiles.portable(zip, header, tables, rows);
        entry(zip, "schema.json", now);
        try (InputStream schema = schema()) {
            schema.transferTo(zip);
        }
        zip.finish();
        zip.flush();
    }

    /** The published JSON Schema of {@code data.json}. */
    public static InputStream schema() {
        InputStream schema = ArchiveWriter.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE);
        if (schema == null) {
            throw new IllegalStateException("Missing resource " + SCHEMA_RESOURCE);
        }
        return schema;
    }

    private static void entry(ZipOutputStream zip, String name, Instant now) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(FileTime.from(now));
        zip.putNextEntry(entry);
    }

    /** Streams one table section's rows to a consumer; the writer binds it to one customer. */
    @FunctionalInterface
    interface Rows {
        void stream(ArchiveTable table, long limit, RowConsumer consumer) throws IOException;

        default void stream(ArchiveTable table, RowConsumer consumer) throws IOException {
            stream(table, Long.MAX_VALUE, consumer);
        }
    }

    /** Lets the ZIP finish without closing the caller's stream. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
