package be.cloudgroup.privacy.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextTableTest {

    private record Row(String name, String note) {}

    @Test
    void a_text_table_is_part_of_one_element_with_column_headers_and_escaped_cells() {
        Element card = Markup.root("div");
        new TextTable<Row>()
                .column("Name", Row::name)
                .column("Note", Row::note)
                .appendTo(card, "people", "People", List.of(new Row("<b>Ann</b>", null), new Row("Bo & Co", "x")));
        Markup html = new Markup(card);

        assertThat(html.getElement().getChildCount()).as("no element per cell").isZero();
        Element region = Jsoup.parseBodyFragment(html.getInnerHtml()).getElementById("people");
        assertThat(region.attr("role")).isEqualTo("region");
        assertThat(region.attr("aria-label")).isEqualTo("People");
        assertThat(region.attr("tabindex")).isEqualTo("0");
        assertThat(region.select("thead th[scope=col]").eachText()).containsExactly("Name", "Note");
        assertThat(region.select("tbody tr")).hasSize(2);
        assertThat(region.select("tbody td").stream().map(Element::text))
                .containsExactly("<b>Ann</b>", "", "Bo & Co", "x");
        assertThat(region.select("b")).as("a value is text, never markup").isEmpty();
    }
}
