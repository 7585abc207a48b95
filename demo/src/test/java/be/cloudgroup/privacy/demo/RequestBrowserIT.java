package be.cloudgroup.privacy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo customer asks to erase her whole account; support executes the erasure plan; the
 * customer finds the outcome e-mail (with what was kept and the complaint route) in the demo
 * mailbox and, signing in again, no longer reaches the customer pages. Two browsers: the
 * customer's and support's.
 */
@FreshDemo
class RequestBrowserIT extends DemoInBrowser {

    @Test
    void the_customer_files_an_erasure_support_completes_it_and_the_customer_is_told_and_can_no_longer_enter()
            throws IOException {
        signIn("customer");
        browser.get(portal.url() + "requests");
        scrollToAndClick(waitFor(ExpectedConditions.elementToBeClickable(By.id("request-type"))));
        // the first kind of request is the erasure, whatever the customer's language
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-select-list-box vaadin-select-item")))
                .click();
        scrollToAndClick(waitFor(ExpectedConditions.elementToBeClickable(By.id("request-whole-account"))));
        scrollToAndClick(browser.findElement(By.id("request-file")));
        WebElement heading = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("request-heading")));
        String reference = heading.getText().substring(0, heading.getText().indexOf(' '));
        assertThat(reference).matches("PR-\\d{4}-\\d{6,}");
        assertThat(browser.findElement(By.id("request-status")).getAttribute("class"))
                .contains("request-status-received");

        WebDriver customerBrowser = browser;
        Path supportDownloads = Files.createTempDirectory("privacy-portal-support-");
        WebDriver supportBrowser = Browser.start(supportDownloads);
        try {
            browser = supportBrowser;
            signIn("support");
            browser.get(portal.url() + "staff/requests/" + reference);
            waitFor(ExpectedConditions.presenceOfElementLocated(By.id("erasure-steps")));
            assertThat(browser.findElement(By.id("erasure-plan")).getText()).contains("invoice");
            scrollToAndClick(waitFor(ExpectedConditions.elementToBeClickable(By.id("erasure-execute"))));
            waitFor(ExpectedConditions.elementToBeClickable(
                            By.cssSelector("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button'],"
                                    + " vaadin-button[slot='confirm-button']")))
                    .click();
            waitFor(ExpectedConditions.attributeContains(By.id("request-status"), "class", "request-status-completed"));

            // the demo mailbox page shows support no customer's mail: read the mailbox itself
            String mails = waitFor(driver -> portal.mailbox().messages().stream()
                    .filter(mail -> mail.to().equalsIgnoreCase(DemoData.CUSTOMER_EMAIL))
                    .map(DemoMailbox.Mail::body)
                    .filter(body -> body.contains(reference) && body.contains("GBA"))
                    .findFirst()
                    .orElse(null));
            assertThat(mails).contains(reference).contains("invoice").contains("GBA");
        } finally {
            supportBrowser.quit();
            browser = customerBrowser;
            try (var files = Files.walk(supportDownloads)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(file -> file.toFile().delete());
            }
        }

        // the ended account: signing in again leads to the activation page (an identity without an
        // account; her customer record is gone, so there is nothing to activate), not to her pages
        browser.manage().deleteAllCookies();
        signIn("customer");
        assertThat(browser.getCurrentUrl()).endsWith("/activation");
        browser.get(portal.url() + "my-data");
        waitFor(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("page-title")),
                ExpectedConditions.presenceOfElementLocated(By.id("username"))));
        assertThat(browser.findElements(By.id("my-data-correct"))).isEmpty();
    }
}
