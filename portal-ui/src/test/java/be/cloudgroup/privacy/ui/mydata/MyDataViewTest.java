package be.cloudgroup.privacy.ui.mydata;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.ui.KaribuTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import be.cloudgroup.privacy.ui.layout.Folded;
import be.cloudgroup.privacy.ui.layout.Markup;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MyDataViewTest extends KaribuTest {

    @Test
    void my_data_shows_every_category_with_why_we_keep_it() {
        Customer customer = data.customer("Anke", "Categories");
        data.contract(customer, "Fibre Internet 500", true);
        data.ticket(customer, "Router keeps rebooting");
        data.communication(customer, "Your new router is on its way");
        signIn(data.customerPrincipal(customer));

        UI.getCurrent().navigate(MyDataView.class);

        for (DataCategory category : Arrays.stream(DataCategory.values())
                .filter(category -> category != DataCategory.CONSENT)
                .toList()) {
            Section section = _get(
                    Section.class,
                    spec -> spec.withId("my-data-" + category.name().toLowerCase(Locale.ROOT)));
            assertThat(_find(section, WhyWeKeepThis.class)).as(category.name()).hasSize(1);
        }
        Section identity = _get(Section.class, spec -> spec.withId("my-data-identity"));
        assertThat(Jsoup.parseBodyFragment(_get(identity, Markup.class, spec -> spec.withClasses("my-data-why-summary"))
                                .getInnerHtml())
                        .text())
                .as("why we keep it, at a glance")
                .matches("Used for \\d+ purposes? · kept up to \\d+ (years?|months?) · .*");
        assertThat(_find(identity, H4.class))
                .as("the register's detail is built when opened")
                .isEmpty();
        _find(Folded.class).forEach(folded -> folded.setOpened(true));
        assertThat(_find(identity, H4.class))
                .as("purposes of the register explain the identity data")
                .isNotEmpty();
        String page = pageText();
        assertThat(page)
                .contains(
                        customer.customerNumber(),
                        "Categories",
                        "Why we keep this",
                        "Legal basis",
                        "Korenmarkt 1, 9000 Gent, Belgium");
        assertThat(cells("my-data-contracts", "Product")).containsExactly("Fibre Internet 500");
        assertThat(cells("my-data-tickets", "Subject")).containsExactly("Router keeps rebooting");
        assertThat(cells("my-data-communications", "Subject")).containsExactly("Your new router is on its way");
    }

    @Test
    void a_customer_sees_only_their_own_invoices() {
        Customer customer = data.customer("Bea", "Own");
        List<String> own = new ArrayList<>();
        for (int day = 1; day <= 3; day++) {
            own.add(data.paidInvoice(customer, LocalDate.of(2026, 10, day), "BE** **** **** 4417"));
        }
        Customer other = data.customer("Cas", "Xyloquist");
        List<String> foreign = IntStream.rangeClosed(1, 4)
                .mapToObj(day -> data.paidInvoice(other, LocalDate.of(2026, 10, day), "BE** **** **** 9999"))
                .toList();
        signIn(data.customerPrincipal(customer));

        UI.getCurrent().navigate(MyDataView.class);

        assertThat(_find(Grid.class, spec -> spec.withId("my-data-invoices")))
                .as("the invoice grid is built when the customer opens it")
                .isEmpty();
        Grid<?> invoices = invoices();
        assertThat(_size(invoices)).isEqualTo(3);
        List<String> shown = rows(invoices, "number");
        assertThat(shown).containsExactlyInAnyOrderElementsOf(own).doesNotContainAnyElementsOf(foreign);
        String page = pageText();
        assertThat(page).contains("You have 3 invoices.").doesNotContain(other.customerNumber(), "Xyloquist");
        foreign.forEach(number -> assertThat(page).doesNotContain(number));
    }

    @Test
    void the_invoice_grid_has_as_many_rows_as_the_customer_has_invoices() {
        Customer customer = data.customer("Dries", "Many");
        data.invoices(customer, 120);
        signIn(data.customerPrincipal(customer));

        UI.getCurrent().navigate(MyDataView.class);

        Grid<?> invoices = invoices();
        assertThat(_size(invoices)).isEqualTo(120);
        assertThat(_getFormatted(invoices, 119, "number")).isNotBlank();
        assertThat(_getFormatted(invoices, 0, "amount")).isEqualTo("€19.99");
    }

    @Test
    void account_numbers_are_shown_masked_only() {
        Customer customer = data.customer("Eva", "Masked");
        data.paidInvoice(customer, LocalDate.of(2026, 11, 12), "BE** **** **** 4417");
        signIn(data.customerPrincipal(customer));

        UI.getCurrent().navigate(MyDataView.class);

        Grid<?> invoices = invoices();
        assertThat(_getFormatted(invoices, 0, "account")).isEqualTo("BE** **** **** 4417");
        assertThat(_getFormatted(invoices, 0, "amount")).isEqualTo("€45.99");
        assertThat(_getFormatted(invoices, 0, "issued")).isEqualTo("Nov 12, 2026");
        assertThat(invoices.getColumns())
                .extracting(Grid.Column::getKey)
                .containsExactly("number", "issued", "due", "amount", "status", "method", "account");
    }

    @Test
    void the_customer_can_go_and_correct_their_details() {
        signIn(data.customerPrincipal(data.customer("Frank", "Correct")));

        UI.getCurrent().navigate(MyDataView.class);

        RouterLink correct = _get(
                _get(Section.class, spec -> spec.withId("my-data-identity")),
                RouterLink.class,
                spec -> spec.withId("my-data-correct"));
        assertThat(correct.getHref()).isEqualTo("my-data/correct");
        assertThat(correct.getText()).isEqualTo("Correct my details");
    }

    @Test
    void my_data_speaks_the_chosen_language() {
        Customer customer = data.customer("Greet", "Taal");
        data.paidInvoice(customer, LocalDate.of(2026, 11, 12), "BE** **** **** 4417");
        signIn(data.customerPrincipal(customer));
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));

        UI.getCurrent().navigate(MyDataView.class);
        _find(Folded.class).forEach(folded -> folded.setOpened(true));

        String page = pageText();
        assertThat(page).contains("Waarom wij dit bewaren", "Rechtsgrond", "U hebt 1 factuur.");
        Grid<?> invoices = invoices();
        assertThat(_getFormatted(invoices, 0, "amount")).contains("45,99").contains("€");
        assertThat(_getFormatted(invoices, 0, "status")).isEqualTo("Betaald");
    }

    @Test
    void my_data_shows_where_the_data_came_from_the_campaigns_and_the_sign_ins() {
        Customer customer = data.customer("Hilde", "Marketing");
        data.update(
                "UPDATE customer SET lead_source = 'TRADE_FAIR', lead_source_detail = 'Batibouw 2025',"
                        + " acquired_on = '2025-03-01' WHERE id = ?",
                customer.id());
        data.campaignEnrolment(customer, "Fibre welcome series", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        data.subscription(customer, "NEWSLETTER", "EMAIL", true);
        AccountPrincipal account = data.customerPrincipal(customer);
        data.signInRecord(account, Instant.parse("2026-11-20T09:15:00Z"), "81.82.83.0", "Firefox 145 on Linux");
        signIn(account);

        UI.getCurrent().navigate(MyDataView.class);

        String page = pageText();
        assertThat(page).contains("Trade fair", "Batibouw 2025", "Mar 1, 2025");
        assertThat(cells("my-data-campaigns", "Campaign")).containsExactly("Fibre welcome series");
        assertThat(cells("my-data-campaigns", "Campaign period")).containsExactly("Jan 1, 2026 – Mar 31, 2026");
        assertThat(cells("my-data-subscriptions", "Topic")).containsExactly("Newsletter");
        assertThat(cells("my-data-subscriptions", "Subscribed")).containsExactly("Yes");
        assertThat(cells("my-data-sign-ins", "IP address (shortened)")).containsExactly("81.82.83.0");
        assertThat(cells("my-data-sign-ins", "Browser")).containsExactly("Firefox 145 on Linux");
    }

    /** The page's text, with the texts of its markup (headings, facts, tables) and of its folds' summaries. */
    private static String pageText() {
        MyDataView view = _get(MyDataView.class);
        return Stream.of(
                        Stream.of(view.getElement().getTextRecursively()),
                        _find(view, Markup.class).stream()
                                .map(html -> Jsoup.parseBodyFragment(html.getInnerHtml())
                                        .text()),
                        _find(view, Folded.class).stream()
                                .map(folded -> folded.getElement().getProperty("summary")))
                .flatMap(texts -> texts)
                .collect(Collectors.joining(" "));
    }

    /** Opens the folded invoices: their grid. */
    private static Grid<?> invoices() {
        _get(Folded.class, spec -> spec.withId("my-data-invoices-details")).setOpened(true);
        return _get(Grid.class, spec -> spec.withId("my-data-invoices"));
    }

    /** The texts of one column of a text table, found by its header, row by row. */
    private static List<String> cells(String tableId, String header) {
        Element parsed = _find(_get(MyDataView.class), Markup.class).stream()
                .map(html -> Jsoup.parseBodyFragment(html.getInnerHtml()).getElementById(tableId))
                .filter(Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table " + tableId));
        int column = parsed.select("thead th").eachText().indexOf(header);
        assertThat(column).as("column %s of %s", header, tableId).isNotNegative();
        return parsed.select("tbody tr").stream()
                .map(row -> row.child(column).text())
                .toList();
    }

    private static List<String> rows(Grid<?> grid, String column) {
        return IntStream.range(0, _size(grid))
                .mapToObj(row -> _getFormatted(grid, row, column))
                .toList();
    }
}
