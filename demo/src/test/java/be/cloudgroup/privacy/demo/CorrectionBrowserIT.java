package be.cloudgroup.privacy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo customer corrects the street, confirms a new e-mail address with the code from the
 * demo mailbox, and finds both changes under Activity, in Chromium.
 */
@FreshDemo
class CorrectionBrowserIT extends DemoInBrowser {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @Test
    void the_customer_corrects_the_street_confirms_a_new_email_and_sees_both_in_activity() {
        signIn("customer");

        browser.get(portal.url() + "my-data/correct");
        WebElement street = waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#street input")));
        street.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Veldstraat", Keys.TAB);
        browser.findElement(By.id("correction-save")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-notification-card")));
        // as a person would: let the confirmation notice go before clicking what it covers
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.tagName("vaadin-notification-card")));

        WebElement changeEmail = waitFor(ExpectedConditions.elementToBeClickable(By.id("change-email")));
        // the button sits below the form, under the fold of the 900 px window: bring it into view first
        scrollToAndClick(changeEmail);
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#verification-new-value input")))
                .sendKeys("anke.nieuw@example.org");
        browser.findElement(By.id("verification-send")).click();
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#verification-code input")));

        String code = codeFromMailbox();
        browser.findElement(By.cssSelector("#verification-code input")).sendKeys(code);
        browser.findElement(By.id("verification-confirm")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(., 'confirmed and saved')]")));

        browser.get(portal.url() + "activity");
        WebElement activity = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("activity")));
        waitFor(ExpectedConditions.textToBePresentInElement(activity, "Contact details corrected"));
        assertThat(activity.getText())
                .contains("Contact details corrected", "Veldstraat", "New e-mail address or mobile number confirmed");
    }

    private static String codeFromMailbox() {
        String main = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        try {
            browser.get(portal.url() + "demo/mailbox");
            WebElement mail = waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".demo-mail pre")));
            Matcher matcher = CODE.matcher(mail.getText());
            assertThat(matcher.find())
                    .as("a six-digit code in: " + mail.getText())
                    .isTrue();
            return matcher.group(1);
        } finally {
            browser.close();
            browser.switchTo().window(main);
        }
    }
}
