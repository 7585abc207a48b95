package be.cloudgroup.privacy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.customer.CustomerNumber;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Two browsers: the demo customer creates a code, Sam Support enters it, corrects the customer's
 * street; the customer sees the session and the change in Activity, attributed to Sam, and ends
 * the session from their banner, which takes Sam back to the search.
 */
class AssistBrowserIT extends DemoInBrowser {

    private static WebDriver support;
    private static Path supportDownloads;

    @AfterAll
    static void stopSupport() throws IOException {
        if (support != null) {
            support.quit();
        }
        if (supportDownloads != null) {
            Files.deleteIfExists(supportDownloads);
        }
    }

    @Test
    void support_helps_the_customer_with_their_code_and_the_customer_sees_it_and_ends_it() throws IOException {
        signIn("customer");
        browser.get(portal.url() + "assist");
        waitFor(ExpectedConditions.elementToBeClickable(By.id("assist-create-code")))
                .click();
        String code = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("assist-code")))
                .getText()
                .replace(" ", "");
        assertThat(code).matches("\\d{6}");

        supportDownloads = Files.createTempDirectory("privacy-portal-support-");
        support = Browser.start(supportDownloads);
        signIn(support, "support");
        String number = CustomerNumber.of(1).toString();
        support.get(portal.url() + "support");
        until(support, ExpectedConditions.elementToBeClickable(By.cssSelector("#search-term input")))
                .sendKeys(number);
        support.findElement(By.id("search-button")).click();
        until(
                        support,
                        ExpectedConditions.elementToBeClickable(
                                By.xpath("//vaadin-grid-cell-content[contains(., '" + number + "')]")))
                .click();
        until(support, ExpectedConditions.elementToBeClickable(By.cssSelector("#assist-code input")))
                .sendKeys(code);
        support.findElement(By.id("assist-start-with-code")).click();
        WebElement who = until(support, ExpectedConditions.visibilityOfElementLocated(By.id("assist-banner-who")));
        assertThat(who.getText()).contains("You are assisting Anke Peeters");
        assertThat(support.getTitle()).startsWith("Assisting Anke Peeters");

        support.get(portal.url() + "my-data/correct");
        WebElement street = until(support, ExpectedConditions.elementToBeClickable(By.cssSelector("#street input")));
        street.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Veldstraat", Keys.TAB);
        // the banner makes the page taller: bring the button into view first, as a person would scroll
        WebElement save = support.findElement(By.id("correction-save"));
        ((JavascriptExecutor) support).executeScript("arguments[0].scrollIntoView({block: 'center'});", save);
        save.click();
        until(support, ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-notification-card")));

        browser.get(portal.url() + "activity");
        WebElement activity = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("activity")));
        waitFor(ExpectedConditions.textToBePresentInElement(activity, "Contact details corrected"));
        assertThat(activity.getText())
                .contains(
                        "Support – Sam Support – is looking at your data since",
                        "Veldstraat",
                        "Sam Support (support) on your behalf, assist session");
        WebElement banner = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("assist-banner-who")));
        assertThat(banner.getText()).contains("Sam Support of our support team is looking at your data now");

        browser.findElement(By.id("assist-end")).click();
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("assist-banner-who")));
        // Sam's banner notices at its next poll and takes Sam back to the search
        Browser.await(support, Duration.ofSeconds(40)).until(ExpectedConditions.urlMatches(".*/support$"));
        until(
                support,
                ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//vaadin-notification-card[contains(., 'The assist session has ended.')]")));
        until(support, ExpectedConditions.invisibilityOfElementLocated(By.id("assist-banner-who")));
        assertThat(support.findElement(By.id("page-title")).getText()).isEqualTo("Customer search");
    }

    private static void signIn(WebDriver driver, String user) {
        driver.get(portal.url());
        until(driver, ExpectedConditions.presenceOfElementLocated(By.id("username")))
                .sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("submit")).click();
        until(driver, ExpectedConditions.presenceOfElementLocated(By.id("page-title")));
    }

    private static <T> T until(WebDriver driver, ExpectedCondition<T> condition) {
        return Browser.await(driver, Duration.ofSeconds(30)).until(condition);
    }
}
