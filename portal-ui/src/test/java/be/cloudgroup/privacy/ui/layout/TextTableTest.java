package be.cloudgroup.privacy.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextTableTest {

    private record Row(String name, String note) {}

    @Test
    void a_text_table_is_one_element_with_column_headers_and_escaped_cells() {
        Html html = new TextTable<Row>()
                .column("Name", Row::name)
                .column("Note", Row::note)
                .render("people", "People", List.of(new Row("<b>Ann</b>", null), new Row("Bo & Co", "x")));

        assertThat(html.getId()).contains("people");
        assertThat(html.getElement().getAttribute("role")).isEqualTo("region");
        assertThat(html.getElement().getAttribute("aria-label")).isEqualTo("People");
        assertThat(html.getElement().getAttribute("tabindex")).isEqualTo("0");
        assertThat(html.getElement().getChildCount()).as("no element per cell").isZero();
        Element table = Jsoup.parseBodyFragment(html.getInnerHtml()).body();
        assertThat(table.select("thead th[scope=col]").eachText()).containsExactly("Name", "Note");
        assertThat(table.select("tbody tr")).hasSize(2);
        assertThat(table.select("tbody td").stream().map(Element::text))
                .containsExactly("<b>Ann</b>", "", "Bo & Co", "x");
        assertThat(table.select("b")).as("a value is text, never markup").isEmpty();
    }
}
