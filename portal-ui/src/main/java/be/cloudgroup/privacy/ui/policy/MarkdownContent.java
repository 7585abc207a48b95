package be.cloudgroup.privacy.ui.policy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.dom.ElementFactory;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the statement's Markdown as components, never as HTML: headings, paragraphs (a line
 * break stays a line break), bullet lists, bold ({@code **…**} or {@code <b>…</b>}) and links to
 * web or mail addresses. Every other character, raw HTML included, is shown as text.
 */
class MarkdownContent extends Div {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s{0,3}[-*+]\\s+(.*)$");
    private static final Pattern INLINE = Pattern.compile(
            "\\*\\*(.+?)\\*\\*|<b>(.+?)</b>|\\[([^\\]]+)]\\(([^)\\s]+)\\)|<((?:https?|mailto):[^>\\s]+)>");
    private static final List<String> SAFE_SCHEMES = List.of("https:", "http:", "mailto:");

    private Paragraph paragraph;
    private UnorderedList list;

    MarkdownContent(String markdown) {
        addClassName("portal-markdown");
        for (String line : markdown.lines().toList()) {
            Matcher heading = HEADING.matcher(line);
            Matcher bullet = BULLET.matcher(line);
            if (line.isBlank()) {
                endBlock();
            } else if (heading.matches()) {
                endBlock();
                add(heading(heading.group(1).length(), heading.group(2).strip()));
            } else if (bullet.matches()) {
                paragraph = null;
                if (list == null) {
                    list = new UnorderedList();
                    add(list);
                }
                ListItem item = new ListItem();
                inline(item, bullet.group(1).strip());
                list.add(item);
            } else {
                list = null;
                if (paragraph == null) {
                    paragraph = new Paragraph();
                    add(paragraph);
                } else {
                    paragraph.getElement().appendChild(ElementFactory.createBr());
                }
                inline(paragraph, line.strip());
            }
        }
    }

    private void endBlock() {
        paragraph = null;
        list = null;
    }

    /** The page has the only level-1 heading, so "#" and "##" both become level 2. */
    private static Component heading(int level, String text) {
        Component heading = switch (level) {
            case 1, 2 -> new H2();
            case 3 -> new H3();
            default -> new H4();
        };
        inline((HasComponents) heading, text);
        return heading;
    }

    private static void inline(HasComponents target, String text) {
        Element parent = target.getElement();
        Matcher token = INLINE.matcher(text);
        int start = 0;
        while (token.find()) {
            parent.appendChild(Element.createText(text.substring(start, token.start())));
            if (token.group(1) != null || token.group(2) != null) {
                String bold = token.group(1) != null ? token.group(1) : token.group(2);
                parent.appendChild(ElementFactory.createStrong(bold));
            } else if (token.group(3) != null) {
                parent.appendChild(link(token.group(4), token.group(3)));
            } else {
                parent.appendChild(link(token.group(5), token.group(5).replaceFirst("^mailto:", "")));
            }
            start = token.end();
        }
        parent.appendChild(Element.createText(text.substring(start)));
    }

    /** A link to a web or mail address; anything else (e.g. {@code javascript:}) stays text. */
    private static Element link(String href, String text) {
        if (SAFE_SCHEMES.stream().noneMatch(scheme -> href.regionMatches(true, 0, scheme, 0, scheme.length()))) {
            return Element.createText(text);
        }
        Anchor anchor = new Anchor(href, text);
        if (!href.startsWith("mailto:")) {
            anchor.setTarget(AnchorTarget.BLANK);
            anchor.getElement().setAttribute("rel", "noopener noreferrer");
        }
        return anchor.getElement();
    }
}
