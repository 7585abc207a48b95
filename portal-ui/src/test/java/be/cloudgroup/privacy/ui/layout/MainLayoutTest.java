package be.cloudgroup.privacy.ui.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The menu comes from the routes' own {@code @Menu}, filtered by Vaadin's access control per role. */
class MainLayoutTest extends KaribuTest {

    @Test
    void a_customer_sees_the_customer_areas_only() {
        signIn(data.customerPrincipal(data.customer("Mona", "Menu")));

        UI.getCurrent().navigate("privacy-statement");

        assertThat(menu())
                .containsExactly(
                        "My privacy",
                        "My data",
                        "Preferences",
                        "Download my data",
                        "Activity",
                        "Let support help me",
                        "My requests",
                        "Privacy statement");
        assertThat(_find(SideNavItem.class))
                .extracting(SideNavItem::getPath)
                .containsExactly(
                        "",
                        "my-data",
                        "preferences",
                        "download",
                        "activity",
                        "assist",
                        "requests",
                        "privacy-statement");
    }

    @Test
    void support_sees_the_customer_search() {
        signIn(data.staffPrincipal(Role.SUPPORT));

        UI.getCurrent().navigate("privacy-statement");

        assertThat(menu()).containsExactly("Customer search", "Request queue", "Privacy statement");
    }

    @Test
    void an_admin_sees_the_admin_areas_and_the_customer_search() {
        signIn(data.staffPrincipal(Role.ADMIN));

        UI.getCurrent().navigate("privacy-statement");

        assertThat(menu())
                .containsExactly(
                        "Customer search",
                        "Request queue",
                        "Accounts",
                        "Import",
                        "Audit trail",
                        "Assist sessions",
                        "Policy versions",
                        "DPO summary",
                        "Privacy statement");
    }

    @Test
    void the_menu_speaks_the_chosen_language() {
        signIn(data.staffPrincipal(Role.ADMIN));
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));

        UI.getCurrent().navigate("privacy-statement");

        assertThat(menu()).startsWith("Klant zoeken").noneMatch(label -> label.startsWith("!"));
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
