package be.cloudgroup.privacy.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One table section as CSV (RFC 4180): UTF-8, CRLF line ends, a header row of column names, every
 * field that contains a comma, a quote, CR or LF quoted with its quotes doubled.
 *
 * <p>Formula injection: a text value that begins with {@code = + - @}, a tab or a carriage return
 * is prefixed with a single quote ({@code '}), so a spreadsheet shows it as text instead of running
 * it (OWASP "CSV injection"). Only text is touched: numbers, dates and booleans come from typed
 * columns and cannot carry a formula (a credit of {@code -500} stays a number). {@code data.json}
 * keeps every value unchanged.
 *
 * <p>Rows are collected as characters and handed to the encoder some kilobytes at a time: no
 * {@code String} per value, one writer call per chunk rather than per fragment.
 */
final class CsvFile {

    private static final String CRLF = "\r\n";
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final int CHUNK = 8192;

    private final Writer out;
    private final StringBuilder lines = new StringBuilder(2 * CHUNK);
    private final char[] scratch = new char[IsoText.MAX_LENGTH];
    private char[] chunk = new char[2 * CHUNK];

    /** Starts the CSV of {@code table} on {@code zip} with its header row. */
    CsvFile(OutputStream zip, ArchiveTable table) {
        this.out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        lines.append(String.join(",", table.columns())).append(CRLF);
    }

    /** Appends one row, one value per column. */
    void row(Object[] row) throws IOException {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                lines.append(',');
            }
            append(lines, row[i], scratch);
        }
        lines.append(CRLF);
        if (lines.length() >= CHUNK) {
            drain();
        }
    }

    /** Writes what is left; the entry stays open. */
    void finish() throws IOException {
        drain();
        out.flush();
    }

    private void drain() throws IOException {
        int length = lines.length();
        if (chunk.length < length) {
            chunk = new char[length];
        }
        lines.getChars(0, length, chunk, 0);
        out.write(chunk, 0, length);
        lines.setLength(0);
    }

    /** One CSV field: neutralised when it is text that a spreadsheet would read as a formula, quoted when needed. */
    static String cell(Object value) {
        StringBuilder cell = new StringBuilder();
        append(cell, value, new char[IsoText.MAX_LENGTH]);
        return cell.toString();
    }

    private static void append(StringBuilder line, Object value, char[] scratch) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            appendText(line, text, !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0);
        } else if (value instanceof Long number) {
            line.append(number.longValue());
        } else if (value instanceof Boolean flag) {
            line.append(flag.booleanValue());
        } else if (value instanceof Instant instant) {
            line.append(scratch, 0, IsoText.instant(instant, scratch));
        } else if (value instanceof LocalDate date) {
            line.append(scratch, 0, IsoText.date(date, scratch));
        } else {
            appendText(line, value.toString(), false);
        }
    }

    /** The text, after a quote when it is {@code neutralised}, quoted when it holds a comma, quote, CR or LF. */
    private static void appendText(StringBuilder line, String text, boolean neutralised) {
        int length = text.length();
        int first = 0;
        while (first < length && !needsQuotes(text.charAt(first))) {
            first++;
        }
        if (first == length) {
            if (neutralised) {
                line.append('\'');
            }
            line.append(text);
            return;
        }
        line.append('"');
        if (neutralised) {
            line.append('\'');
        }
        line.append(text, 0, first);
        for (int i = first; i < length; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    private static boolean needsQuotes(char c) {
        return c == ',' || c == '"' || c == '\r' || c == '\n';
    }
}
