package be.cloudgroup.privacy.benchmark;

import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.embedded.EmbeddedMariaDb;
import be.cloudgroup.privacy.intake.IntakeProgress;
import be.cloudgroup.privacy.intake.IntakeReport;
import be.cloudgroup.privacy.intake.IntakeService;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Lines per second of the import of {@value #CUSTOMERS} customers with {@value #INVOICES} invoices
 * each (one JSON Lines file of 1.1 million lines), against a plain batched INSERT of the same rows
 * (JDBC batches of {@link IntakeService#BATCH_SIZE} lines' worth, one transaction each, nothing
 * read or compared) measured in the same run on the same, emptied tables. Then the same file again
 * (every line unchanged) with a heap probe: the peak live heap growth while a 1.1-million-line file
 * is imported. Prints a Markdown table with PASS/MISS; it reports, it never fails.
 */
public final class IntakeBenchmark {

    static final int CUSTOMERS = Integer.getInteger("benchmark.customers", 100_000);
    static final int INVOICES = 10;
    private static final double MB = 1024 * 1024;
    private static final long LIVE_PROBE_MILLIS = 1000;
    private static final LocalDate ISSUED = LocalDate.of(2026, 1, 1);

    private IntakeBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path file = Files.createTempFile("intake-benchmark", ".jsonl");
        try (EmbeddedMariaDb db = ExportBenchmark.database();
                ConfigurableApplicationContext context = ExportBenchmark.context(db)) {
            context.getBean(SpringLiquibase.class);
            DataSource data = context.getBean(DataSource.class);
            IntakeService intake = context.getBean(IntakeService.class);
            long lines = write(file);
            log("wrote %,d lines (%,.0f MB) to %s", lines, Files.size(file) / MB, file);

            long started = System.nanoTime();
            long inserted = baseline(data);
            double baselineSeconds = (System.nanoTime() - started) / 1e9;
            log("baseline: %,d rows in %.1f s", inserted, baselineSeconds);
            empty(data);

            started = System.nanoTime();
            IntakeReport first = intake.importFile(file, "benchmark.jsonl", IntakeProgress.NONE);
            double importSeconds = (System.nanoTime() - started) / 1e9;
            log("import: %s in %.1f s", counts(first), importSeconds);

            System.gc();
            HeapProbe probe = HeapProbe.start(HeapProbe.Mode.LIVE, LIVE_PROBE_MILLIS);
            started = System.nanoTime();
            IntakeReport second = intake.importFile(file, "benchmark.jsonl", IntakeProgress.NONE);
            double againSeconds = (System.nanoTime() - started) / 1e9;
            HeapProbe.Peak heap = probe.stop();
            log("same file again: %s in %.1f s", counts(second), againSeconds);

            String report = report(lines, inserted, baselineSeconds, importSeconds, againSeconds, first, second, heap);
            Path out = Path.of("target", "intake-benchmark.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println();
            System.out.println(report);
            log("written to %s", out.toAbsolutePath());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long write(Path file) throws IOException {
        long lines = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int c = 1; c <= CUSTOMERS; c++) {
                String number = CustomerNumber.of(c).toString();
                out.write(String.format(
                        Locale.ROOT,
                        "{\"record\":\"customer\",\"customerNumber\":\"%s\",\"type\":\"PRIVATE\",\"salutation\":\"MS\","
                                + "\"firstName\":\"Anna\",\"lastName\":\"Peeters%d\",\"email\":\"anna%d@example.org\","
                                + "\"mobile\":\"+32470123456\",\"street\":\"Veldstraat\",\"houseNumber\":\"%d\","
                                + "\"postalCode\":\"9000\",\"city\":\"Gent\",\"country\":\"BE\",\"language\":\"NL\","
                                + "\"status\":\"ACTIVE\"}\n",
                        number,
                        c,
                        c,
                        c % 200 + 1));
                lines++;
                for (int i = 0; i < INVOICES; i++) {
                    out.write(String.format(
                            Locale.ROOT,
                            "{\"record\":\"invoice\",\"invoiceNumber\":\"F%d\",\"customerNumber\":\"%s\","
                                    + "\"issueDate\":\"%s\",\"dueDate\":\"%s\",\"amountCents\":%d,\"status\":\"PAID\","
                                    + "\"paidOn\":\"%s\",\"paymentMethod\":\"DIRECT_DEBIT\","
                                    + "\"maskedAccount\":\"BE** **** **** 4417\"}\n",
                            (long) c * INVOICES + i,
                            number,
                            ISSUED.plusMonths(i),
                            ISSUED.plusMonths(i).plusDays(30),
                            4599 + i,
                            ISSUED.plusMonths(i).plusDays(20)));
                    lines++;
                }
            }
        }
        return lines;
    }

    /**
     * The same rows by plain batched INSERTs: per chunk of customers as many as an import batch holds
     * (lines / 11), their customer rows, their ids back, their invoices, one commit.
     */
    private static long baseline(DataSource data) throws Exception {
        int chunk = IntakeService.BATCH_SIZE / (INVOICES + 1);
        long rows = 0;
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = data.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement customers = connection.prepareStatement("""
                            INSERT INTO customer (customer_number, type, salutation, first_name, last_name, email,
                              mobile, street, house_number, postal_code, city, country, language, status, created_at, version)
                            VALUES (?, 'PRIVATE', 'MS', 'Anna', ?, ?, '+32470123456', 'Veldstraat', ?, '9000', 'Gent',
                              'BE', 'NL', 'ACTIVE', ?, 0)""", Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement invoices = connection.prepareStatement("""
                            INSERT INTO invoice (customer_id, invoice_number, issue_date, due_date, amount_cents, currency,
                              status, paid_on, payment_method, masked_account)
                            VALUES (?, ?, ?, ?, ?, 'EUR', 'PAID', ?, 'DIRECT_DEBIT', 'BE** **** **** 4417')""")) {
                for (int first = 1; first <= CUSTOMERS; first += chunk) {
                    int last = Math.min(CUSTOMERS, first + chunk - 1);
                    List<String> numbers = new ArrayList<>();
                    for (int c = first; c <= last; c++) {
                        String number = CustomerNumber.of(c).toString();
                        numbers.add(number);
                        customers.setString(1, number);
                        customers.setString(2, "Peeters" + c);
                        customers.setString(3, "anna" + c + "@example.org");
                        customers.setString(4, Integer.toString(c % 200 + 1));
                        customers.setTimestamp(5, now);
                        customers.addBatch();
                    }
                    customers.executeBatch();
                    Map<String, Long> ids = ids(connection, numbers);
                    for (int c = first; c <= last; c++) {
                        long id = ids.get(CustomerNumber.of(c).toString());
                        for (int i = 0; i < INVOICES; i++) {
                            invoices.setLong(1, id);
                            invoices.setString(2, "F" + ((long) c * INVOICES + i));
                            invoices.setDate(3, Date.valueOf(ISSUED.plusMonths(i)));
                            invoices.setDate(
                                    4, Date.valueOf(ISSUED.plusMonths(i).plusDays(30)));
                            invoices.setLong(5, 4599 + i);
                            invoices.setDate(
                                    6, Date.valueOf(ISSUED.plusMonths(i).plusDays(20)));
                            invoices.addBatch();
                        }
                    }
                    invoices.executeBatch();
                    connection.commit();
                    rows += numbers.size() * (INVOICES + 1L);
                }
            }
        }
        return rows;
    }

    private static Map<String, Long> ids(Connection connection, List<String> numbers) throws Exception {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT customer_number, id FROM customer WHERE customer_number IN ("
                        + String.join(", ", Collections.nCopies(numbers.size(), "?")) + ")")) {
            for (int i = 0; i < numbers.size(); i++) {
                select.setString(i + 1, numbers.get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }

    private static void empty(DataSource data) throws Exception {
        try (Connection connection = data.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            statement.execute("TRUNCATE TABLE invoice");
            statement.execute("TRUNCATE TABLE customer");
            statement.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
    }

    private static String counts(IntakeReport report) {
        return String.format(
                "%,d lines, %,d created, %,d updated, %,d unchanged, %,d conflicts, %,d refused",
                report.lines(),
                report.created(),
                report.updated(),
                report.unchanged(),
                report.conflicts(),
                report.refused());
    }

    private static String report(
            long lines,
            long inserted,
            double baselineSeconds,
            double importSeconds,
            double againSeconds,
            IntakeReport first,
            IntakeReport second,
            HeapProbe.Peak heap) {
        double baselineRate = inserted / baselineSeconds;
        double importRate = lines / importSeconds;
        double ratio = importSeconds / baselineSeconds;
        double heapMb = heap.bytes() / MB;
        long max = Runtime.getRuntime().maxMemory();
        return String.format(
                Locale.ROOT,
                """
                | run | lines | time | lines per second |
                |---|---:|---:|---:|
                | plain batched INSERT (baseline) | %,d | %.1f s | %,.0f |
                | import, new file (%s) | %,d | %.1f s | %,.0f |
                | import, same file again (%s) | %,d | %.1f s | %,.0f |

                | target | measured | result |
                |---|---:|:---:|
                | import ≤ 3× baseline time | %.2f× | %s |
                | same file twice changes nothing | %,d unchanged, %,d created, %,d updated | %s |
                | 1.1-million-line file in bounded heap (-Xmx%d MB) | peak live heap growth %.1f MB (%d forced GCs) | %s |

                %s
                """,
                inserted,
                baselineSeconds,
                baselineRate,
                counts(first),
                lines,
                importSeconds,
                importRate,
                counts(second),
                lines,
                againSeconds,
                lines / againSeconds,
                ratio,
                ratio <= 3 ? "PASS" : "MISS",
                second.unchanged(),
                second.created(),
                second.updated(),
                second.created() == 0 && second.updated() == 0 && second.unchanged() == lines ? "PASS" : "MISS",
                max / (1024 * 1024),
                heapMb,
                heap.samples(),
                heapMb < 64 ? "PASS" : "MISS",
                ExportBenchmark.machine());
    }

    private static void log(String pattern, Object... args) {
        System.out.printf("IntakeBenchmark: " + pattern + "%n", args);
    }
}
