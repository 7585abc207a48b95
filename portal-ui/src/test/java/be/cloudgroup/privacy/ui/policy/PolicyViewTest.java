package be.cloudgroup.privacy.ui.policy;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.policy.PolicyService;
import be.cloudgroup.privacy.policy.PolicyVersionSummary;
import be.cloudgroup.privacy.policy.PublishPolicyVersionCommand;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.KaribuTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import be.cloudgroup.privacy.ui.dashboard.DashboardView;
import be.cloudgroup.privacy.ui.mydata.MyDataView;
import be.cloudgroup.privacy.ui.support.SupportView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PolicyViewTest extends KaribuTest {

    @Autowired
    private PolicyService policy;

    @AfterEach
    void removePublishedVersions() {
        data.removePublishedPolicyVersions();
    }

    @Test
    void a_customer_reads_the_statement_in_force_in_their_language() {
        signIn(data.customerPrincipal(data.customer("Lotte", "Lezer")));

        UI.getCurrent().navigate(PolicyStatementView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("policy-version")).getText())
                .startsWith("Version 1,");
        MarkdownContent text = _get(MarkdownContent.class, spec -> spec.withId("policy-text"));
        assertThat(_find(text, H2.class))
                .extracting(heading -> heading.getElement().getTextRecursively())
                .contains("2. WHAT IS THE GDPR?", "4. PRIVACY STATEMENT");
        assertThat(_find(text, Anchor.class))
                .extracting(Anchor::getHref)
                .containsExactly("mailto:info@cloudgroup.be", "https://www.myccl.be");
    }

    @Test
    void the_dashboard_links_to_the_statement() {
        signIn(data.customerPrincipal(data.customer("Dirk", "Dashboard")));

        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_find(RouterLink.class)).extracting(RouterLink::getHref).contains("privacy-statement");
    }

    @Test
    void markdown_with_html_or_a_script_link_is_shown_as_text() {
        MarkdownContent content = new MarkdownContent(
                "<script>alert(1)</script> <img src=x onerror=alert(1)>\n\n- [click](javascript:alert(1))\n"
                        + "- **bold** and <b>bold</b>");

        assertThat(_find(content, Anchor.class)).isEmpty();
        assertThat(content.getElement().getTextRecursively())
                .contains("<script>alert(1)</script> <img src=x onerror=alert(1)>", "click", "bold and bold");
        assertThat(tags(content.getElement()).toList())
                .containsExactlyInAnyOrder("div", "p", "ul", "li", "li", "strong", "strong");
    }

    @Test
    void an_admin_publishes_a_material_version_and_sees_it_listed() {
        AccountPrincipal admin = data.staffPrincipal(Role.ADMIN);
        signIn(admin);
        UI.getCurrent().navigate(PolicyAdminView.class);
        @SuppressWarnings("unchecked")
        Grid<PolicyVersionSummary> versions = _get(Grid.class, spec -> spec.withId("policy-versions"));
        assertThat(_size(versions)).isOne();
        Paragraph missing = _get(Paragraph.class, spec -> spec.withId("missing-languages"));
        assertThat(missing.getText()).isEqualTo("The Dutch statement is required.");

        _setValue(_get(TextArea.class, spec -> spec.withId("text-nl")), "# Privacyverklaring\n\nVersie 2.");
        _setValue(_get(TextArea.class, spec -> spec.withId("summary-nl")), "Een nieuw doel: analyse.");
        _setValue(_get(TextArea.class, spec -> spec.withId("text-en")), "# Privacy statement\n\nVersion 2.");
        _setValue(_get(TextArea.class, spec -> spec.withId("summary-en")), "A new purpose: analytics.");
        assertThat(missing.getText())
                .isEqualTo("Missing languages (customers will read the Dutch original): Français, Deutsch");
        _setValue(_get(Checkbox.class, spec -> spec.withId("material")), true);
        _click(_get(Button.class, spec -> spec.withId("publish")));

        assertThat(_size(versions)).isEqualTo(2);
        assertThat(data.count(
                        "SELECT COUNT(*) FROM policy_version WHERE version = 2 AND material"
                                + " AND published_by_account_id = ?",
                        admin.accountId()))
                .isOne();
        assertThat(data.count("SELECT COUNT(*) FROM policy_version_text WHERE version = 2"))
                .isEqualTo(2);
        assertThat(_get(TextArea.class, spec -> spec.withId("text-nl")).getValue())
                .isEmpty();
    }

    @Test
    void an_admin_who_forgets_a_summary_is_told_and_nothing_is_published() {
        signIn(data.staffPrincipal(Role.ADMIN));
        UI.getCurrent().navigate(PolicyAdminView.class);

        _setValue(_get(TextArea.class, spec -> spec.withId("text-nl")), "# Privacyverklaring");
        _click(_get(Button.class, spec -> spec.withId("publish")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("publish-error")).getText())
                .isEqualTo("Language NL needs both the statement and the summary of changes.");
        assertThat(data.count("SELECT COUNT(*) FROM policy_version")).isOne();
    }

    @Test
    void after_a_material_publication_a_customer_is_sent_to_the_update_until_they_acknowledge() {
        publishMaterialVersion();
        Customer customer = data.customer("Anke", "Akkoord");
        signIn(data.customerPrincipal(customer));

        UI.getCurrent().navigate("my-data/correct");

        _get(PolicyUpdateView.class);
        assertThat(_get(MarkdownContent.class, spec -> spec.withId("policy-changes"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("A new purpose: analytics.");
        UI.getCurrent().navigate(PolicyStatementView.class);
        _get(PolicyStatementView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("policy-version")).getText())
                .startsWith("Version 2,");
        UI.getCurrent().navigate(DashboardView.class);
        _get(PolicyUpdateView.class);

        _click(_get(Button.class, spec -> spec.withId("acknowledge")));

        _get(DashboardView.class);
        UI.getCurrent().navigate(MyDataView.class);
        _get(MyDataView.class);
        assertThat(data.count(
                        "SELECT COUNT(*) FROM policy_acknowledgement WHERE customer_id = ? AND version = 2",
                        customer.id()))
                .isOne();
    }

    @Test
    void the_rights_pages_stay_open_before_the_acknowledgement_with_a_banner_that_links_to_the_update() {
        publishMaterialVersion();
        Customer customer = data.customer("Rita", "Rechten");
        signIn(data.customerPrincipal(customer));

        for (String rightsPage : List.of("my-data", "preferences", "download", "activity", "requests")) {
            UI.getCurrent().navigate(rightsPage);

            assertThat(_find(PolicyUpdateView.class)).as(rightsPage).isEmpty();
            assertThat(_get(Div.class, spec -> spec.withId("policy-banner")).isVisible())
                    .as(rightsPage)
                    .isTrue();
        }
        UI.getCurrent().navigate(DashboardView.class);
        _get(PolicyUpdateView.class);

        _click(_get(Button.class, spec -> spec.withId("acknowledge")));
        UI.getCurrent().navigate(MyDataView.class);

        assertThat(_find(Div.class, spec -> spec.withId("policy-banner")))
                .as("no visible banner once acknowledged")
                .isEmpty();
    }

    @Test
    void staff_are_never_sent_to_the_update() {
        publishMaterialVersion();
        signIn(data.staffPrincipal(Role.SUPPORT));

        UI.getCurrent().navigate(SupportView.class);

        _get(SupportView.class);
    }

    @Test
    void a_customer_with_nothing_to_acknowledge_is_told_so() {
        signIn(data.customerPrincipal(data.customer("Niels", "Niets")));

        UI.getCurrent().navigate(PolicyUpdateView.class);

        assertThat(_find(Button.class, spec -> spec.withId("acknowledge"))).isEmpty();
        assertThat(_get(PolicyUpdateView.class).getElement().getTextRecursively())
                .contains("There is no new version of the privacy statement for you to acknowledge.");
    }

    /** The tags of the element and everything below it, text nodes left out. */
    private static Stream<String> tags(Element element) {
        return element.isTextNode()
                ? Stream.empty()
                : Stream.concat(
                        Stream.of(element.getTag()), element.getChildren().flatMap(PolicyViewTest::tags));
    }

    private void publishMaterialVersion() {
        runAs(data.staffPrincipal(Role.ADMIN));
        policy.publish(new PublishPolicyVersionCommand(
                Map.of(
                        Language.NL,
                        "# Privacyverklaring\n\nVersie 2.",
                        Language.EN,
                        "# Privacy statement\n\nVersion 2."),
                Map.of(Language.NL, "Een nieuw doel: analyse.", Language.EN, "A new purpose: analytics."),
                true,
                null));
    }
}
