package be.cloudgroup.privacy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Account administration end to end, in two Chromium windows with their own sessions: the admin
 * locks {@code business} while {@code business} is signed in elsewhere and idle, who is shown the
 * "locked" page within 30 seconds; the admin unlocks; the admin invites a new support agent, the
 * invitation arrives in the demo mailbox, the agent signs in through it and lands on the support
 * search.
 */
@FreshDemo
class AccountsBrowserIT extends DemoInBrowser {

    private static WebDriver other;
    private static Path otherDownloads;

    @BeforeAll
    static void secondBrowser() throws IOException {
        otherDownloads = Files.createTempDirectory("privacy-portal-downloads-");
        other = Browser.start(otherDownloads);
    }

    @AfterAll
    static void stopSecondBrowser() throws IOException {
        if (other != null) {
            other.quit();
        }
        if (otherDownloads != null) {
            try (Stream<Path> files = Files.walk(otherDownloads)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(file -> file.toFile().delete());
            }
        }
    }

    @Test
    void the_admin_locks_a_signed_in_account_unlocks_it_and_invites_a_support_agent_who_signs_in_through_the_mail()
            throws Exception {
        other.get(portal.url());
        identityProviderSignIn(other, "business");
        Browser.await(other, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("page-title")));
        signIn("admin");

        browser.get(portal.url() + "admin/accounts/" + publicId(DemoData.BUSINESS_EMAIL));
        act("account-lock", "Suspicious sign-ins reported by the customer");
        Instant locked = Instant.now();
        waitFor(ExpectedConditions.elementToBeClickable(By.id("account-unlock")));

        Browser.await(other, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBe(By.id("page-title"), "Account locked"));
        Duration shownAfter = Duration.between(locked, Instant.now());
        System.out.println(
                "AccountsBrowserIT: the locked page was shown " + shownAfter.toMillis() + " ms after the lock");
        assertThat(shownAfter).isLessThan(Duration.ofSeconds(30));
        assertThat(other.getCurrentUrl()).endsWith("/signin-problem/locked");

        act("account-unlock", "Customer confirmed the sign-ins were theirs");
        waitFor(ExpectedConditions.elementToBeClickable(By.id("account-lock")));

        browser.get(portal.url() + "admin/accounts");
        scrollToAndClick(waitFor(ExpectedConditions.elementToBeClickable(By.id("account-invite"))));
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#invite-email input")))
                .sendKeys("agent@example.com");
        browser.findElement(By.cssSelector("#invite-name input")).sendKeys("Agnes Agent");
        browser.findElement(By.xpath(
                        "//vaadin-checkbox-group[@id='invite-roles']/vaadin-checkbox[contains(., 'Support')]//input"))
                .click();
        browser.findElement(By.cssSelector("#reason textarea")).sendKeys("New helpdesk agent");
        browser.findElement(By.id("dialog-confirm")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("account-reinvite")));

        browser.get(portal.url() + "demo/mailbox?to=agent@example.com");
        String link = waitFor(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//a[contains(@class, 'demo-mail-link') and contains(@href, '/invitation/')]")))
                .getAttribute("href");

        other.get(link);
        Browser.await(other, Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(By.id("invitation-accept")))
                .click();
        identityProviderSignIn(other, "agent");
        Browser.await(other, Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches(".*/support$"));
        assertThat(other.findElement(By.id("page-title")).getText()).isNotBlank();
        assertThat(other.getCurrentUrl()).endsWith("/support");
    }

    private static void act(String button, String reason) {
        scrollToAndClick(waitFor(ExpectedConditions.elementToBeClickable(By.id(button))));
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#reason textarea")))
                .sendKeys(reason);
        browser.findElement(By.id("dialog-confirm")).click();
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.tagName("vaadin-dialog-overlay")));
    }

    private static void identityProviderSignIn(WebDriver driver, String user) {
        WebElement username = Browser.await(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        username.sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("submit")).click();
    }

    private static String publicId(String email) throws Exception {
        try (var connection = portal.bean(DataSource.class).getConnection();
                var query = connection.prepareStatement("SELECT public_id FROM portal_account WHERE email = ?")) {
            query.setString(1, email);
            try (var rows = query.executeQuery()) {
                assertThat(rows.next()).as("an account for " + email).isTrue();
                return rows.getString(1);
            }
        }
    }
}
