package be.cloudgroup.privacy.ui.layout;

import com.vaadin.flow.component.Html;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Static parts of a page sent to the browser as one element: built with jsoup, whose {@code text}
 * and {@code attr} escape every value (never concatenated HTML, never {@code new Html(userInput)}),
 * so that an open tab holds one string instead of a component and a text node per heading,
 * sentence and label (see {@link TextTable}, {@link TextFacts}).
 */
public final class Markup {

    private Markup() {}

    /** A new element, the root of a fragment. */
    public static Element root(String tag) {
        Document document = new Document("");
        document.outputSettings().prettyPrint(false);
        return document.appendElement(tag);
    }

    /** The fragment as one element of the page. */
    public static Html html(Element root) {
        return new Html(root.outerHtml());
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
