package be.cloudgroup.privacy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo customer withdraws newsletter consent and objects to direct marketing, finds both in
 * the timeline, then unsubscribes from service updates through the link in a mail from the demo
 * mailbox, without the portal session, and finds that too — in Chromium.
 */
class PreferencesBrowserIT extends DemoInBrowser {

    @Test
    void the_customer_withdraws_objects_and_unsubscribes_by_link_and_the_timeline_shows_all_three() {
        signIn("customer");
        browser.get(portal.url() + "preferences");

        // the checkbox a screen reader announces as "Newsletter – E-mail", inside its label
        WebElement newsletter = waitFor(ExpectedConditions.elementToBeClickable(
                By.cssSelector("label > input[type='checkbox'][aria-label='Newsletter – E-mail']")));
        assertThat(newsletter.getDomAttribute("id")).isEqualTo("consent-TOPIC-NEWSLETTER-EMAIL");
        assertThat(newsletter.getDomProperty("checked"))
                .as("the demo customer subscribed to the newsletter by e-mail")
                .isEqualTo("true");
        scrollToAndClick(newsletter);
        saved();

        // Selenium's visibility check fails on this button although it shows: scroll to it and click
        scrollToAndClick(
                waitFor(ExpectedConditions.presenceOfElementLocated(By.id("consent-PURPOSE-TARGETED_OFFERS"))));
        saved();

        WebElement history = openHistory();
        waitFor(ExpectedConditions.textToBePresentInElement(history, "Objection made"));
        assertThat(history.getText()).contains("Consent withdrawn", "Objection made");

        // a customer's mailbox page shows their own mail only, not an invitation to someone else
        browser.get(portal.url() + "demo/mailbox?to=nora@example.com");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "No message"));
        assertThat(browser.findElements(By.className("demo-mail"))).isEmpty();

        browser.get(portal.url() + "demo/mailbox?to=" + DemoData.CUSTOMER_EMAIL);
        WebElement serviceUpdate = waitFor(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//article[contains(@class, 'demo-mail')][h2[text()='" + DemoMailing.SERVICE_UPDATE + "']]")));
        String link = serviceUpdate.findElement(By.className("demo-mail-link")).getAttribute("href");
        // as from a mail program: a fresh browser session, without the portal's
        browser.manage().deleteAllCookies();
        browser.get(link);
        WebElement message = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("unsubscribe-message")));
        assertThat(message.getText()).contains("Service updates", "c•••@example.com");
        scrollToAndClick(waitFor(ExpectedConditions.elementToBeClickable(By.id("unsubscribe-confirm"))));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("unsubscribe-message"), "Done"));

        signIn("customer");
        browser.get(portal.url() + "preferences");
        assertThat(waitFor(ExpectedConditions.presenceOfElementLocated(By.id("consent-TOPIC-SERVICE_UPDATES-EMAIL")))
                        .getDomProperty("checked"))
                .isEqualTo("false");
        history = openHistory();
        waitFor(ExpectedConditions.textToBePresentInElement(history, "Through the link in an e-mail"));
    }

    /** Opens the folded timeline and returns its section once the table is there. */
    private static WebElement openHistory() {
        scrollToAndClick(waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#consent-history-details vaadin-details-summary"))));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("consent-history")));
        return browser.findElement(By.id("consent-history-section"));
    }

    /** Waits for the confirmation, then for it to go, so it covers nothing the next step clicks. */
    private static void saved() {
        waitFor(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(., 'Saved')]")));
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.tagName("vaadin-notification-card")));
    }
}
