package be.cloudgroup.privacy.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * One table section as CSV (RFC 4180): UTF-8, CRLF line ends, a header row of column names, every
 * field that contains a comma, a quote, CR or LF quoted with its quotes doubled.
 *
 * <p>Formula injection: a text value that begins with {@code = + - @}, a tab or a carriage return
 * is prefixed with a single quote ({@code '}), so a spreadsheet shows it as text instead of running
 * it (OWASP "CSV injection"). Only text is touched: numbers, dates and booleans come from typed
 * columns and cannot carry a formula (a credit of {@code -500} stays a number). {@code data.json}
 * keeps every value unchanged.
 */
final class CsvFile {

    private static final String CRLF = "\r\n";

    private CsvFile() {
    }

    static void write(OutputStream zip, ArchiveTable table, ArchiveWriter.Rows rows) throws IOException {
        Writer csv = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
        csv.write(String.join(",", table.columns()));
        csv.write(CRLF);
        rows.stream(table, row -> {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.write(',');
                }
                csv.write(cell(row[i]));
            }
            csv.write(CRLF);
        });
        csv.flush();
    }

    /** One CSV field: neutralised when it is text that a spreadsheet would read as a formula, quoted when needed. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
