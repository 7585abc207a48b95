package be.cloudgroup.privacy.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextFactsTest {

    @Test
    void facts_are_a_description_list_in_one_element_with_escaped_terms_and_values() {
        Element card = Markup.root("div");
        new TextFacts(card).fact("Name", "<i>Ann</i>").fact("Street & number", "Korenmarkt 1");
        Markup html = new Markup(card);

        assertThat(html.getElement().getChildCount()).as("no element per fact").isZero();
        Element list = Jsoup.parseBodyFragment(html.getInnerHtml()).body();
        assertThat(list.select("dl > dt").eachText()).containsExactly("Name", "Street & number");
        assertThat(list.select("dl > dd").eachText()).containsExactly("<i>Ann</i>", "Korenmarkt 1");
        assertThat(list.select("i")).as("a value is text, never markup").isEmpty();
    }
}
