package be.cloudgroup.privacy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * The demo customer, once signed in, corrects the street, withdraws the newsletter consent and
 * downloads the archive with the keyboard alone: every step is TAB to the control,
 * then ENTER or SPACE, typed into whatever has the focus — no clicks, no element handed keys.
 * Signing in happens before, through the identity provider's form.
 */
@FreshDemo
class KeyboardBrowserIT extends DemoInBrowser {

    private static final String FOCUSED = "const a = document.activeElement; return !!a && !!a.closest(arguments[0]);";

    @Test
    void the_customer_corrects_withdraws_and_downloads_with_the_keyboard_alone() throws IOException {
        signIn("customer");

        // My data → "Correct my details" on the identity card
        focus("vaadin-side-nav-item[path='my-data']");
        press(Keys.ENTER);
        waitFor(ExpectedConditions.textToBe(By.id("page-title"), "My data"));
        focus("#my-data-correct");
        press(Keys.ENTER);
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#street input")));

        focus("#street input");
        press(Keys.chord(Keys.CONTROL, "a"), "Toetsenbordstraat");
        focus("#correction-save");
        press(Keys.SPACE);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-notification-card")));
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.tagName("vaadin-notification-card")));

        // Preferences: untick the newsletter by e-mail with SPACE
        focus("vaadin-side-nav-item[path='preferences']");
        press(Keys.ENTER);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("consent-TOPIC-NEWSLETTER-EMAIL")));
        assertThat(browser.findElement(By.id("consent-TOPIC-NEWSLETTER-EMAIL")).getDomProperty("checked"))
                .isEqualTo("true");
        focus("#consent-TOPIC-NEWSLETTER-EMAIL");
        press(Keys.SPACE);
        waitFor(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(., 'Consent withdrawn')]")));
        waitFor(driver -> "false"
                .equals(driver.findElement(By.id("consent-TOPIC-NEWSLETTER-EMAIL"))
                        .getDomProperty("checked")));
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.tagName("vaadin-notification-card")));

        // Download my data: ENTER on the start button, the archive arrives
        focus("vaadin-side-nav-item[path='download']");
        press(Keys.ENTER);
        focus("#start-download");
        press(Keys.ENTER);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("download-progress"), "Your archive has been downloaded."));
        Path archive = new FluentWait<>(downloads)
                .withTimeout(Duration.ofSeconds(60))
                .pollingEvery(Duration.ofMillis(200))
                .until(directory -> {
                    try (Stream<Path> files = Files.list(directory)) {
                        return files.filter(file -> file.toString().endsWith(".zip"))
                                .findFirst()
                                .orElse(null);
                    } catch (IOException e) {
                        return null;
                    }
                });
        assertThat(Files.size(archive)).isPositive();

        // the corrected street is what My data shows now
        focus("vaadin-side-nav-item[path='my-data']");
        press(Keys.ENTER);
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("my-data-contact"), "Toetsenbordstraat"));
    }

    /**
     * Presses TAB until the focus is on (or inside) the element the selector names; if it is not
     * reached going forward, goes around again; fails when it is never reached (not focusable).
     */
    private static void focus(String selector) {
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(selector)));
        for (int presses = 0; presses < 150; presses++) {
            if ((Boolean) ((JavascriptExecutor) browser).executeScript(FOCUSED, selector)) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("TAB never reaches " + selector);
    }

    /** Types into whatever element has the focus, as a keyboard does. */
    private static void press(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }
}
