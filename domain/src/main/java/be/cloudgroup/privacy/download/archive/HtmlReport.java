package be.cloudgroup.privacy.download.archive;

import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.register.PurposeDetails;
import be.cloudgroup.privacy.register.RecipientDetails;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * {@code index.html}: the archive as a person reads it, in the chosen language. Self-contained
 * (inline CSS, no script, no external request), printable, with a heading for every data category
 * (a category without rows says so) and the Art. 15(1) information from the register. Every value
 * is HTML-escaped; rows are written as they are read.
 */
final class HtmlReport {

    /**
     * Rows per table in the report. A person reads and prints the first ones; the complete table is
     * in {@code data.json} and its CSV, and a long audit trail does not cost a third full read.
     */
    static final int ROWS_PER_TABLE = 1000;

    /** Dates and times are shown in Belgian time; {@code data.json} keeps them in UTC. */
    private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a;line-height:1.4}
            h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:2px solid #0b4f8a;margin-top:2rem}
            h3{font-size:1.05rem;margin-top:1.2rem}
            table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0}
            th,td{border:1px solid #bbb;padding:.25rem .4rem;text-align:left;vertical-align:top;word-break:break-word}
            th{background:#eef3f8}dt{font-weight:600}dd{margin:0 0 .5rem 0}
            .none{color:#555;font-style:italic}
            @media print{body{margin:0;font-size:10pt}nav{display:none}h2{break-before:page}
            h2:first-of-type{break-before:auto}tr,li{break-inside:avoid}thead{display:table-header-group}}
            """;

    private final ArchiveTexts texts;
    private final ArchiveHeader header;
    private final String dpoEmail;
    private final DateTimeFormatter timeFormat;

    HtmlReport(ArchiveTexts texts, ArchiveHeader header, String dpoEmail) {
        this.texts = texts;
        this.header = header;
        this.dpoEmail = dpoEmail;
        this.timeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(header.language().locale())
                .withZone(BELGIUM);
    }

    void write(OutputStream zip, List<ArchiveTable> tables, List<PurposeDetails> purposes, ArchiveWriter.Rows rows)
            throws IOException {
        Writer html = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
        html.write("<!DOCTYPE html>\n<html lang=\"" + header.language().code()
                + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.write("<title>" + text("title") + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<header>\n");
        html.write("<h1>" + text("title") + "</h1>\n<p>" + text("intro") + "</p>\n<dl>\n");
        definition(html, "header.customer", header.customerNumber());
        definition(html, "header.generated", timeFormat.format(header.generatedAt()));
        html.write("</dl>\n</header>\n<nav>\n<h2>" + text("contents") + "</h2>\n<ol>\n");
        for (DataCategory category : DataCategory.values()) {
            html.write(
                    "<li><a href=\"#" + category.name() + "\">" + text("category." + category.name()) + "</a></li>\n");
        }
        html.write("<li><a href=\"#privacy-info\">" + text("info.title") + "</a></li>\n");
        html.write("<li><a href=\"#files\">" + text("files.title") + "</a></li>\n</ol>\n</nav>\n<main>\n");
        for (DataCategory category : DataCategory.values()) {
            html.write(
                    "<section id=\"" + category.name() + "\">\n<h2>" + text("category." + category.name()) + "</h2>\n");
            boolean any = false;
            for (ArchiveTable table : tables) {
                if (table.category() == category) {
                    writeTable(html, table, rows);
                    any = true;
                }
            }
            if (!any) {
                html.write("<p class=\"none\">" + text("category.empty") + "</p>\n");
            }
            html.write("</section>\n");
        }
        writePrivacyInfo(html, purposes);
        writeFiles(html);
        html.write("</main>\n</body>\n</html>\n");
        html.flush();
    }

    private void writeTable(Writer html, ArchiveTable table, ArchiveWriter.Rows rows) throws IOException {
        html.write("<section>\n<h3>" + text("table." + table.name()) + "</h3>\n");
        long[] count = {0};
        rows.stream(table, ROWS_PER_TABLE + 1L, row -> {
            if (++count[0] > ROWS_PER_TABLE) {
                return;
            }
            if (count[0] == 1) {
                html.write("<table>\n<thead><tr>");
                for (String column : table.columns()) {
                    html.write("<th scope=\"col\">" + text("column." + column) + "</th>");
                }
                html.write("</tr></thead>\n<tbody>\n");
            }
            html.write("<tr>");
            for (Object value : row) {
                html.write("<td>");
                html.write(escape(format(value)));
                html.write("</td>");
            }
            html.write("</tr>\n");
        });
        html.write(count[0] == 0 ? "<p class=\"none\">" + text("table.empty") + "</p>\n" : "</tbody>\n</table>\n");
        if (count[0] > ROWS_PER_TABLE) {
            html.write("<p class=\"none\">"
                    + escape(new MessageFormat(
                                    texts.get("table.more"), header.language().locale())
                            .format(new Object[] {ROWS_PER_TABLE, "csv/" + table.name() + ".csv"}))
                    + "</p>\n");
        }
        html.write("</section>\n");
    }

    private void writePrivacyInfo(Writer html, List<PurposeDetails> purposes) throws IOException {
        html.write("<section id=\"privacy-info\">\n<h2>" + text("info.title") + "</h2>\n<p>" + text("info.intro")
                + "</p>\n");
        html.write("<dl>\n");
        definition(html, "info.controller", texts.get("controller.name") + ", " + texts.get("controller.address"));
        definition(html, "info.dpo", dpoEmail);
        definition(
                html,
                "info.authority",
                texts.get("authority.name") + ", " + texts.get("authority.address") + ", "
                        + texts.get("authority.url"));
        definition(html, "info.automated", texts.get("automated.statement"));
        html.write("</dl>\n<h3>" + text("info.rights") + "</h3>\n<ul>\n");
        for (String right : ArchiveTexts.RIGHTS) {
            html.write("<li><strong>" + text("right." + right + ".article") + "</strong> " + text("right." + right)
                    + "</li>\n");
        }
        html.write("</ul>\n<h3>" + text("info.purposes") + "</h3>\n");
        for (PurposeDetails purpose : purposes) {
            html.write("<section>\n<h4>" + purpose.position() + ". " + escape(purpose.name()) + "</h4>\n<p>"
                    + escape(purpose.description()) + "</p>\n<dl>\n");
            definition(
                    html,
                    "purpose.basis",
                    texts.get("basis." + purpose.legalBasis().name()));
            definition(
                    html,
                    "purpose.control",
                    texts.get("control." + purpose.control().name()));
            StringBuilder categories = new StringBuilder();
            for (DataCategory category : DataCategory.values()) {
                if (purpose.uses(category)) {
                    categories
                            .append(categories.isEmpty() ? "" : ", ")
                            .append(texts.get("category." + category.name()));
                }
            }
            definition(html, "purpose.categories", categories.toString());
            StringBuilder recipients = new StringBuilder();
            for (RecipientDetails recipient : purpose.recipients()) {
                recipients
                        .append(recipients.isEmpty() ? "" : "; ")
                        .append(recipient.name())
                        .append(" (")
                        .append(recipient.service())
                        .append(", ")
                        .append(recipient.country())
                        .append(')');
            }
            definition(
                    html,
                    "purpose.recipients",
                    recipients.isEmpty() ? texts.get("purpose.noRecipients") : recipients.toString());
            definition(html, "purpose.retention", purpose.retention());
            definition(html, "purpose.source", purpose.source());
            html.write("</dl>\n</section>\n");
        }
        html.write("</section>\n");
    }

    private void writeFiles(Writer html) throws IOException {
        html.write("<section id=\"files\">\n<h2>" + text("files.title") + "</h2>\n<dl>\n");
        for (String file :
                List.of("index.html", "data.json", "schema.json", "csv", "privacy-info.json", "portable.json")) {
            html.write("<dt>" + escape(file) + "</dt><dd>" + text("files." + file) + "</dd>\n");
        }
        html.write("</dl>\n</section>\n");
    }

    private void definition(Writer html, String key, String value) throws IOException {
        html.write("<dt>" + text(key) + "</dt><dd>" + escape(value) + "</dd>\n");
    }

    private String text(String key) {
        return escape(texts.get(key));
    }

    private String format(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Instant instant ? timeFormat.format(instant) : value.toString();
    }

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
