package be.cloudgroup.privacy.ui.layout;

import com.vaadin.flow.component.Html;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Terms and their values as a description list ({@code <dl>}) sent to the browser as one element:
 * an open tab holds its HTML, not a component and a text node per term and per value (see {@link
 * TextTable}). Every text is escaped.
 */
public final class TextFacts {

    private final Element list;

    public TextFacts() {
        Document html = new Document("");
        html.outputSettings().prettyPrint(false);
        list = html.appendElement("dl");
    }

    /** Adds a term and its value. */
    public TextFacts fact(String term, String value) {
        list.appendElement("dt").text(term);
        list.appendElement("dd").text(value);
        return this;
    }

    public Html render() {
        return new Html(list.outerHtml());
    }
}
