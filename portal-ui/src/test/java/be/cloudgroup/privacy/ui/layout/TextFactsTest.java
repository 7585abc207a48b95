package be.cloudgroup.privacy.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextFactsTest {

    @Test
    void facts_are_one_description_list_element_with_escaped_terms_and_values() {
        Html html = new TextFacts()
                .fact("Name", "<i>Ann</i>")
                .fact("Street & number", "Korenmarkt 1")
                .render();

        assertThat(html.getElement().getTag()).isEqualTo("dl");
        assertThat(html.getElement().getChildCount()).as("no element per fact").isZero();
        Element list =
                Jsoup.parseBodyFragment("<dl>" + html.getInnerHtml() + "</dl>").body();
        assertThat(list.select("dt").eachText()).containsExactly("Name", "Street & number");
        assertThat(list.select("dd").eachText()).containsExactly("<i>Ann</i>", "Korenmarkt 1");
        assertThat(list.select("i")).as("a value is text, never markup").isEmpty();
    }
}
