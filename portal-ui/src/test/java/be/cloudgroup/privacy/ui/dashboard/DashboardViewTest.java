package be.cloudgroup.privacy.ui.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.ui.KaribuTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DashboardViewTest extends KaribuTest {

    @Test
    void the_dashboard_summarises_the_signed_in_customers_own_data() {
        Customer customer = data.customer("Anke", "Dashboard");
        data.contract(customer, "Fibre Internet 500", true);
        data.contract(customer, "Mobile Unlimited", true);
        data.contract(customer, "Old landline", false);
        data.invoice(customer, LocalDate.of(2026, 10, 12));
        data.invoice(customer, LocalDate.of(2026, 11, 12));
        Customer other = data.customer("Bert", "Other");
        data.contract(other, "Cloud PBX", true);
        signIn(data.customerPrincipal(customer));

        UI.getCurrent().navigate(DashboardView.class);

        _get(DashboardView.class);
        assertThat(paragraphs()).anyMatch(text -> text.contains(customer.customerNumber()));
        assertThat(paragraphs())
                .contains("2 active contracts, 2 invoices (last: November 12, 2026), no open service ticket.");
    }

    @Test
    void opening_the_dashboard_again_shows_each_card_once() {
        signIn(data.customerPrincipal(data.customer("Wim", "Twice")));

        UI.getCurrent().navigate(DashboardView.class);
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_find(DashboardCard.class)).hasSize(6); // five areas and "Let support help me"
    }

    @Test
    void the_dashboard_shows_how_to_reach_the_dpo_and_the_authority() {
        signIn(data.customerPrincipal(data.customer("Dirk", "Rights")));

        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_find(Anchor.class))
                .extracting(Anchor::getHref)
                .contains("mailto:info@cloudgroup.be", "https://www.dataprotectionauthority.be");
    }

    @Test
    void the_dashboard_speaks_the_chosen_language() {
        Customer customer = data.customer("Els", "Taal");
        signIn(data.customerPrincipal(customer));
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));

        UI.getCurrent().navigate(DashboardView.class);

        assertThat(paragraphs()).anyMatch(text -> text.startsWith("Welkom, Els Taal."));
        assertThat(paragraphs())
                .contains("Geen actief contract, geen factuur (laatste: nog geen), geen open serviceticket.");
    }

    private static java.util.List<String> paragraphs() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }
}
