package be.cloudgroup.privacy.ui.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * A small read-only table of texts — a header row, then a row per item — in a page's markup (see
 * {@link Markup}): an open tab holds its HTML, not a component per cell (a {@code Grid} holds columns,
 * renderers, a data communicator and the rows' JSON per tab). Every text is escaped. The table sits
 * in a region named by {@code label} that scrolls its own columns on a narrow screen and takes the
 * keyboard focus so that it can be scrolled without a mouse.
 */
public final class TextTable<T> {

    private final List<String> headers = new ArrayList<>();
    private final List<Function<T, String>> values = new ArrayList<>();

    /** Adds a column: its header and the text of each row's cell (none for {@code null}). */
    public TextTable<T> column(String header, Function<T, String> value) {
        headers.add(header);
        values.add(value);
        return this;
    }

    /** Appends the table, in its region, to {@code parent}. */
    public void appendTo(Element parent, String id, String label, List<T> rows) {
        Element region = parent.appendElement("div")
                .id(id)
                .addClass("portal-table")
                .attr("role", "region")
                .attr("aria-label", label)
                .attr("tabindex", "0");
        Element table = region.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        headers.forEach(header -> head.appendElement("th").attr("scope", "col").text(header));
        Element body = table.appendElement("tbody");
        for (T row : rows) {
            Element line = body.appendElement("tr");
            values.forEach(value -> {
                String text = value.apply(row);
                line.appendElement("td").text(text == null ? "" : text);
            });
        }
    }
}
