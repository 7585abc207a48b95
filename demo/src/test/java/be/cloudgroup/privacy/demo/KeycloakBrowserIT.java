package be.cloudgroup.privacy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The production path without Docker: Keycloak 26 in production mode with the project's
 * production realm ({@code deploy/keycloak/privacy-portal-realm.json}, no users: they are created
 * through the admin API), the portal on embedded MariaDB with the demo data, and Chromium through
 * Keycloak's own login page. Keycloak runs on 127.0.0.1 and the portal on localhost, so their
 * cookies stay apart as in the compose stack.
 */
@Order(Integer.MAX_VALUE) // last: its Keycloak starts with the run (EarlyKeycloak)
class KeycloakBrowserIT {

    private static final String PASSWORD = "Keycloak-IT-password-1";

    private static Keycloak keycloak;
    private static DemoPortal portal;
    private static WebDriver browser;
    private static Path downloads;
    private static final Map<String, String> userIds = new HashMap<>();

    @BeforeAll
    static void start() throws IOException {
        EarlyKeycloak.Started early = EarlyKeycloak.take();
        keycloak = early.keycloak();
        downloads = Files.createTempDirectory("privacy-portal-keycloak-it-");
        browser = Browser.start(downloads);
        keycloak.awaitReady();
        for (String user : new String[] {"customer", "support", "admin", "stranger"}) {
            userIds.put(user, keycloak.createUser(user, user + "@example.com", PASSWORD));
        }
        portal = DemoPortal.start(
                new DemoPortal.Settings(null, 0, 0, early.releasePortalPort()),
                new DemoPortal.IdentityProvider(keycloak.issuerUri(), Keycloak.CLIENT_ID, early.clientSecret()),
                // an open page learns of a back-channel logout within 4 s instead of 25 s (TwoInstancesIT times the
                // defaults)
                "--portal.session.check-interval=2s",
                "--vaadin.heartbeat-interval=2");
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (portal != null) {
            portal.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (downloads != null) {
            try (Stream<Path> files = Files.walk(downloads)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(file -> file.toFile().delete());
            }
        }
    }

    @BeforeEach
    void noSessionAnywhere() {
        // the portal's and Keycloak's cookies, on both hosts
        ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
        "customer, /, My privacy",
        "support, /support, Customer search",
        "admin, /admin/accounts, Portal accounts"
    })
    void each_role_signs_in_through_keycloaks_login_page(String user, String path, String heading) {
        browser.get(portal.url());
        signInAtKeycloak(user);

        assertThat(title()).isEqualTo(heading);
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo(path);
    }

    @Test
    void signing_out_of_the_portal_ends_the_keycloak_session_too() {
        browser.get(portal.url());
        signInAtKeycloak("support");
        assertThat(title()).isEqualTo("Customer search");

        browser.findElement(By.id("sign-out")).click();
        waitFor(ExpectedConditions.urlContains("/signed-out"));
        browser.get(portal.url() + "support");

        // RP-initiated logout ended Keycloak's session: it asks for the password instead of signing in silently
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        assertThat(browser.getCurrentUrl()).startsWith(keycloak.issuerUri());
    }

    @Test
    void signing_out_at_keycloak_ends_the_open_portal_page_through_the_back_channel() {
        browser.get(portal.url());
        signInAtKeycloak("customer");
        assertThat(title()).isEqualTo("My privacy");

        keycloak.signOut(userIds.get("customer"));

        // the open page's heartbeat meets the ended session record (check interval + heartbeat: 4 s here)
        Browser.await(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.urlContains("/signin-problem/session-ended"));
    }

    @Test
    void a_fresh_sign_in_carries_auth_time_and_the_downloads_sign_in_demands_the_password_again() {
        browser.get(portal.url());
        signInAtKeycloak("customer");

        // recent by auth_time (without it the portal would send the customer to Keycloak here)
        browser.get(portal.url() + "download/sign-in-again");
        waitFor(ExpectedConditions.urlToBe(portal.url() + "download"));

        // the fresh sign-in the download asks for, while Keycloak still has a session: prompt=login
        browser.get(portal.url() + "oauth2/authorization/portal?reauthenticate=true");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        assertThat(browser.getCurrentUrl()).contains("prompt=login");
        signInAtKeycloak("customer");
        assertThat(title()).isEqualTo("My privacy");
    }

    @Test
    void sign_in_with_another_account_ends_keycloaks_session_and_another_user_signs_in() {
        browser.get(portal.url());
        signInAtKeycloak("stranger");
        waitFor(ExpectedConditions.urlContains("/activation"));

        waitFor(ExpectedConditions.elementToBeClickable(By.id("activation-another-account")))
                .click();

        // RP-initiated logout ended Keycloak's session: its login page asks for a user name, not only a password
        WebElement userName = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(keycloak.issuerUri());
        assertThat(userName.isEnabled()).isTrue();
        assertThat(userName.getAttribute("readonly")).isNull();
        assertThat(userName.getAttribute("value")).isEmpty();
        signInAtKeycloak("customer");

        assertThat(title()).isEqualTo("My privacy");
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/");
    }

    /** Fills Keycloak's login page (the user name is pre-filled and read-only on a re-authentication). */
    private static void signInAtKeycloak(String user) {
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        browser.findElements(By.id("username")).stream()
                .filter(field -> field.isDisplayed() && field.isEnabled() && field.getAttribute("readonly") == null)
                .findFirst()
                .ifPresent(field -> {
                    field.clear();
                    field.sendKeys(user);
                });
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        waitFor(ExpectedConditions.urlContains(portal.url()));
    }

    private static String title() {
        return waitFor(ExpectedConditions.presenceOfElementLocated(By.id("page-title")))
                .getText();
    }

    private static <T> T waitFor(ExpectedCondition<T> condition) {
        return Browser.await(browser, Duration.ofSeconds(30)).until(condition);
    }
}
