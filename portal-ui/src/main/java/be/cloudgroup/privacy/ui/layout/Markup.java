package be.cloudgroup.privacy.ui.layout;

import com.vaadin.flow.component.HtmlComponent;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Static parts of a page as one element: an open tab holds one string instead of a component and
 * a text node per heading, sentence and label (see {@link TextTable}, {@link TextFacts}). Built with
 * jsoup, whose {@code text} and {@code attr} escape every value (never concatenated HTML, never
 * {@code new Html(userInput)}). Unlike {@code Html}, it does not parse the HTML again: a parse
 * leaves jsoup's read buffer (64 kB) with every server thread that ever made one.
 */
public class Markup extends HtmlComponent {

    /** The element {@code root}: its tag and attributes, its content as HTML. */
    public Markup(Element root) {
        super(root.tagName());
        for (Attribute attribute : root.attributes()) {
            getElement().setAttribute(attribute.getKey(), attribute.getValue());
        }
        getElement().setProperty("innerHTML", root.html());
    }

    /** What the browser is given inside the element. */
    public String getInnerHtml() {
        return getElement().getProperty("innerHTML");
    }

    /** A new element, the root of a fragment. */
    public static Element root(String tag) {
        Document document = new Document("");
        document.outputSettings().prettyPrint(false);
        return document.appendElement(tag);
    }

    /**
     * A fold drawn by the browser alone ({@code <vaadin-details>}, as {@link Folded}): for a short
     * text already on the server, whose content costs its bytes and no state node. Returns the
     * element to put the folded content in.
     */
    public static Element fold(Element parent, String summary) {
        return parent.appendElement("vaadin-details")
                .addClass("portal-folded")
                .attr("summary", summary)
                .appendElement("div");
    }
}
