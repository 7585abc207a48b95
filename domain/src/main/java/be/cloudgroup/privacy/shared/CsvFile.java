package be.cloudgroup.privacy.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A table as CSV (RFC 4180): UTF-8, CRLF line ends, a header row of column names, every
 * field that contains a comma, a semicolon (the separator a Belgian Excel splits on), a quote, CR or
 * LF quoted with its quotes doubled.
 *
 * <p>Formula injection: a text value that begins with {@code = + - @}, their full-width forms
 * {@code ＝ ＋ － ＠}, a tab or a carriage return, also after leading spaces, is prefixed with a
 * single quote ({@code '}), so a spreadsheet shows it as text instead of running it (OWASP "CSV
 * injection"). Only text is touched: numbers, dates and booleans come from typed
 * columns and cannot carry a formula (a credit of {@code -500} stays a number). {@code data.json}
 * keeps every value unchanged.
 *
 * <p>Rows are collected as characters and handed to the encoder some kilobytes at a time: no
 * {@code String} per value, one writer call per chunk rather than per fragment.
 *
 * <p>Shared so that every export (the customer's archive, the admins' audit trail) writes the
 * same, formula-safe CSV.
 */
public final class CsvFile {

    private static final String CRLF = "\r\n";
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
    private static final int CHUNK = 8192;

    private final Writer out;
    private final Line line = new Line(2 * CHUNK);

    /** Starts a CSV on {@code out} (not closed) with a header row of {@code columns}, which are plain names. */
    public CsvFile(OutputStream out, List<String> columns) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        line.append(String.join(",", columns)).append(CRLF);
    }

    /** Appends one row, one value per column. */
    public void row(Object[] row) throws IOException {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            append(line, row[i]);
        }
        line.append(CRLF);
        if (line.length >= CHUNK) {
            drain();
        }
    }

    /** Writes what is left; the entry (or stream) stays open. */
    public void finish() throws IOException {
        drain();
        out.flush();
    }

    private void drain() throws IOException {
        out.write(line.chars, 0, line.length);
        line.length = 0;
    }

    /** One CSV field: neutralised when it is text that a spreadsheet would read as a formula, quoted when needed. */
    static String cell(Object value) {
        Line cell = new Line(16);
        append(cell, value);
        return new String(cell.chars, 0, cell.length);
    }

    private static void append(Line line, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            appendText(line, text, readAsFormula(text));
        } else if (value instanceof Long number) {
            line.append(number.toString());
        } else if (value instanceof Boolean flag) {
            line.append(flag.toString());
        } else if (value instanceof Instant instant) {
            line.length = IsoText.instant(instant, line.room(IsoText.MAX_LENGTH), line.length);
        } else if (value instanceof LocalDate date) {
            line.length = IsoText.date(date, line.room(IsoText.MAX_LENGTH), line.length);
        } else {
            appendText(line, value.toString(), false);
        }
    }

    /** Whether the first character after any leading spaces would start a formula in a spreadsheet. */
    private static boolean readAsFormula(String text) {
        int first = 0;
        while (first < text.length() && text.charAt(first) == ' ') {
            first++;
        }
        return first < text.length() && FORMULA_STARTS.indexOf(text.charAt(first)) >= 0;
    }

    /** The text, after a quote when it is {@code neutralised}, quoted when it holds a comma, quote, CR or LF. */
    private static void appendText(Line line, String text, boolean neutralised) {
        // One scan up to the first character that needs quotes: most values have none and are short.
        int special = 0;
        while (special < text.length() && !needsQuotes(text.charAt(special))) {
            special++;
        }
        boolean quoted = special < text.length();
        if (quoted) {
            line.append('"');
        }
        if (neutralised) {
            line.append('\'');
        }
        line.append(quoted && text.indexOf('"', special) >= 0 ? text.replace("\"", "\"\"") : text);
        if (quoted) {
            line.append('"');
        }
    }

    private static boolean needsQuotes(char c) {
        return c == ',' || c == ';' || c == '"' || c == '\r' || c == '\n';
    }

    /**
     * Characters of rows not yet written: a growable {@code char[]} rather than a
     * {@code StringBuilder}, which turns to UTF-16 for good at the first non-Latin-1 character and
     * from then on widens every Latin-1 value it is given, one character at a time.
     */
    private static final class Line {

        private char[] chars;
        private int length;

        Line(int capacity) {
            chars = new char[capacity];
        }

        Line append(String text) {
            int end = length + text.length();
            text.getChars(0, text.length(), room(text.length()), length);
            length = end;
            return this;
        }

        Line append(char c) {
            room(1)[length++] = c;
            return this;
        }

        /** The buffer, with room for {@code more} characters after {@link #length}. */
        char[] room(int more) {
            if (length + more > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(2 * chars.length, length + more));
            }
            return chars;
        }
    }
}
