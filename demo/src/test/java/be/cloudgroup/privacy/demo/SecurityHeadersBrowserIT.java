package be.cloudgroup.privacy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.core.env.Environment;

/**
 * The portal works under its Content-Security-Policy: Chromium signs in through the identity
 * provider, opens every customer page, makes a change, opens the demo mailbox, signs out and opens
 * an unsubscribe page, and its console reports no violation ("Refused to …") but the one a control
 * provokes (an image from another site), which shows that violations do reach it. The headers are
 * checked on a page, on the unsubscribe page and on the archive download endpoint.
 */
class SecurityHeadersBrowserIT extends DemoInBrowser {

    private static final String PROBE = "https://csp-probe.example.org/probe.png";
    private static final List<String> CUSTOMER_PAGES = List.of(
            "",
            "my-data",
            "my-data/correct",
            "preferences",
            "download",
            "activity",
            "assist",
            "requests",
            "privacy-statement",
            "demo/mailbox");

    @Test
    void every_response_carries_the_security_headers() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI issuer = URI.create(portal.bean(Environment.class)
                .getRequiredProperty("spring.security.oauth2.client.provider.portal.issuer-uri"));
        String issuerOrigin = issuer.getScheme() + "://" + issuer.getRawAuthority();
        for (String path : List.of("signed-out", "unsubscribe/not-a-token", "download/archive/not-a-ticket")) {
            HttpHeaders headers = http.send(
                            HttpRequest.newBuilder(URI.create(portal.url() + path))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .headers();
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains(
                                    "default-src 'self'",
                                    "object-src 'none'",
                                    "base-uri 'self'",
                                    "frame-ancestors 'none'",
                                    "form-action 'self' " + issuerOrigin)
                            .doesNotContain("*"));
            assertThat(headers.firstValue("Permissions-Policy"))
                    .as(path)
                    .hasValueSatisfying(
                            policy -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
            assertThat(headers.firstValue("Cross-Origin-Opener-Policy"))
                    .as(path)
                    .contains("same-origin");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("no-referrer");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("DENY");
        }
    }

    @Test
    void the_customer_uses_the_portal_without_a_single_policy_violation() {
        browser.get(portal.url() + "signed-out");
        browser.manage().deleteAllCookies();
        List<String> console = new ArrayList<>();
        console(); // drop what earlier tests of this browser logged

        signIn("customer");
        for (String page : CUSTOMER_PAGES) {
            browser.get(portal.url() + page);
            waitFor(ExpectedConditions.presenceOfElementLocated(By.id("page-title")));
            console.addAll(console());
        }

        // a change: a subscription off and on again (Vaadin's round trips, a notification)
        browser.get(portal.url() + "preferences");
        WebElement subscription = waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                "//input[@type='checkbox'][starts-with(@id, 'consent-TOPIC-')][not(contains(@id, 'EMAIL'))]")));
        By id = By.id(subscription.getDomAttribute("id"));
        String before = subscription.getDomProperty("checked");
        scrollToAndClick(subscription);
        saved();
        scrollToAndClick(waitFor(ExpectedConditions.elementToBeClickable(id)));
        saved();
        assertThat(browser.findElement(id).getDomProperty("checked")).isEqualTo(before);
        console.addAll(console());

        browser.findElement(By.id("sign-out")).click();
        waitFor(ExpectedConditions.urlContains("/signed-out"));
        browser.get(portal.url() + "unsubscribe/not-a-token");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("unsubscribe-message")));
        // the control: an image from elsewhere is refused, and the console shows it
        ((JavascriptExecutor) browser)
                .executeScript("const probe = document.createElement('img'); probe.src = '" + PROBE + "';"
                        + " document.body.appendChild(probe);");
        waitFor(driver -> {
            console.addAll(console());
            return console.stream().anyMatch(line -> line.contains(PROBE));
        });

        assertThat(console)
                .as("the browser console")
                .filteredOn(line -> !line.contains(PROBE))
                .noneMatch(line -> line.contains("Content Security Policy") || line.contains("Refused to"));
    }

    private static List<String> console() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Waits for the confirmation, then for it to go, so it covers nothing the next step clicks. */
    private static void saved() {
        waitFor(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(., 'Saved')]")));
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.tagName("vaadin-notification-card")));
    }
}
