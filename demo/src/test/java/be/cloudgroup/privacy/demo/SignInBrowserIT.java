package be.cloudgroup.privacy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo as a person uses it: Chromium signs in through the real OIDC authorization-code flow
 * (embedded provider, PKCE) as each demo user and lands on that role's home; an unknown identity,
 * a locked and a disabled account get a page that says why.
 */
class SignInBrowserIT extends DemoInBrowser {

    @BeforeEach
    void signedOut() {
        browser.get(portal.url() + "signed-out");
        browser.manage().deleteAllCookies();
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
        "customer, /, My privacy",
        "business, /, My privacy",
        "support, /support, Customer search",
        "admin, /admin/accounts, Portal accounts"
    })
    void each_demo_user_signs_in_through_the_identity_provider_and_lands_on_their_home(
            String user, String path, String heading) {
        signIn(user);

        assertThat(title()).isEqualTo(heading);
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo(path);
    }

    @Test
    void the_customer_dashboard_shows_the_customers_own_live_summary() {
        signIn("customer");

        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).containsPattern("Your customer number is CG\\d{8}");
        assertThat(page).containsPattern("\\d+ active contracts, \\d+ invoices \\(last: ");
    }

    @Test
    void an_identity_without_a_portal_account_lands_on_the_activation_page_and_nowhere_else() {
        signIn("stranger");

        assertThat(title()).isEqualTo("Activate your portal account");
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/activation");

        browser.get(portal.url() + "my-data");
        waitFor(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("page-title")),
                ExpectedConditions.presenceOfElementLocated(By.id("username"))));
        assertThat(browser.findElements(By.id("my-data-correct"))).isEmpty();
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isNotEqualTo("/my-data");
        browser.manage().deleteAllCookies();
    }

    @Test
    void sign_in_with_another_account_on_the_activation_page_lets_another_identity_sign_in() {
        signIn("stranger");
        assertThat(title()).isEqualTo("Activate your portal account");
        String strangersSession =
                browser.manage().getCookieNamed("PORTAL_SESSION").getValue();

        waitFor(ExpectedConditions.elementToBeClickable(By.id("activation-another-account")))
                .click();

        // the provider's sign-out led back into a fresh sign-in that demands the credentials,
        // started in a new portal session: the one holding the stranger's identity has ended
        WebElement userName = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).doesNotStartWith(portal.url()).contains("prompt=login");
        assertThat(browser.manage().getCookieNamed("PORTAL_SESSION").getValue()).isNotEqualTo(strangersSession);
        userName.sendKeys("customer");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("submit")).click();

        waitFor(ExpectedConditions.textToBe(By.id("page-title"), "My privacy"));
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/");
    }

    @ParameterizedTest(name = "a {0} account gets \"{1}\"")
    @CsvSource({"LOCKED, Account locked, locked", "DISABLED, Account disabled, disabled"})
    void an_account_that_may_not_enter_gets_a_page_that_says_why(String status, String heading, String page)
            throws Exception {
        String user = "signin-" + page;
        try (Connection connection = portal.bean(DataSource.class).getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO portal_account (email, display_name, status, created_at, version)"
                    + " VALUES ('" + user + "@example.com', 'Sign-in " + page + "', '" + status + "', NOW(6), 0)");
            statement.executeUpdate("INSERT INTO portal_account_role (account_id, role) SELECT id, 'SUPPORT'"
                    + " FROM portal_account WHERE email = '" + user + "@example.com'");
        }

        signIn(user);

        assertThat(title()).isEqualTo(heading);
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/signin-problem/" + page);
    }

    @Test
    void the_authorization_request_carries_a_pkce_challenge() {
        browser.get(portal.url());
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("username")));

        URI authorization = URI.create(browser.getCurrentUrl());
        assertThat(authorization.getPath()).endsWith("/authorize");
        assertThat(authorization.getRawQuery())
                .contains("code_challenge_method=S256")
                .containsPattern("(^|&)code_challenge=[A-Za-z0-9_-]{43}(&|$)");
    }

    @Test
    void a_customer_who_opens_an_admin_route_sees_not_found() {
        signIn("customer");

        browser.get(portal.url() + "admin/accounts");

        assertThat(title()).isEqualTo("Page not found");
        assertThat(browser.getPageSource()).doesNotContain("Exception");
    }

    @Test
    void a_customer_who_pastes_another_customers_number_sees_not_found_and_the_attempt_is_audited() throws Exception {
        String business =
                singleValue("SELECT customer_number FROM customer WHERE email = '" + DemoData.BUSINESS_EMAIL + "'");
        signIn("customer");

        browser.get(portal.url() + "my-data/" + business);

        assertThat(title()).isEqualTo("Page not found");
        assertThat(singleValue("SELECT COUNT(*) FROM audit_event WHERE action = 'FOREIGN_REFERENCE_REFUSED'"
                        + " AND target_id = '" + business + "'"))
                .isEqualTo("1");
    }

    @Test
    void signing_out_ends_the_portal_session() {
        signIn("support");

        browser.findElement(By.id("sign-out")).click();
        waitFor(ExpectedConditions.urlContains("/signed-out"));
        assertThat(title()).isEqualTo("You are signed out");

        browser.get(portal.url() + "support");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).doesNotStartWith(portal.url());
    }

    @Test
    void health_is_served_on_the_management_port_only_with_the_database_in_readiness() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String management = "http://localhost:" + portal.managementPort() + "/actuator/health/";

        HttpResponse<String> readiness = http.send(
                HttpRequest.newBuilder(URI.create(management + "readiness")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> liveness = http.send(
                HttpRequest.newBuilder(URI.create(management + "liveness")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> publicPort = http.send(
                HttpRequest.newBuilder(URI.create(portal.url() + "actuator/health"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"").contains("\"db\"");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).doesNotContain("\"db\"");
        assertThat(publicPort.body()).doesNotContain("\"status\":\"UP\"");
    }

    private static String singleValue(String sql) throws Exception {
        try (Connection connection = portal.bean(DataSource.class).getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }
}
