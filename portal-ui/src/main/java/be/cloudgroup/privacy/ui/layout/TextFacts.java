package be.cloudgroup.privacy.ui.layout;

import org.jsoup.nodes.Element;

/**
 * Terms and their values as a description list ({@code <dl>}) in a page's markup (see {@link
 * Markup}): an open tab holds its HTML, not a component and a text node per term and per value.
 * Every text is escaped.
 */
public final class TextFacts {

    private final Element list;

    /** A list at the end of {@code parent}. */
    public TextFacts(Element parent) {
        list = parent.appendElement("dl");
    }

    /** Adds a term and its value. */
    public TextFacts fact(String term, String value) {
        list.appendElement("dt").text(term);
        list.appendElement("dd").text(value);
        return this;
    }
}
