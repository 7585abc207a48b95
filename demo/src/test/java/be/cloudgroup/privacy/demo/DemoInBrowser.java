package be.cloudgroup.privacy.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Base of the browser tests: the whole demo (portal, OIDC provider, MariaDB, mailbox), shared by
 * every test class of the run ({@link SharedDemoPortal}), and one headless Chromium per test class
 * with its own download directory, stopped or deleted afterwards, plus the steps every test takes.
 */
@ExtendWith(SharedDemoPortal.class)
abstract class DemoInBrowser {

    protected static DemoPortal portal;
    protected static WebDriver browser;
    protected static Path downloads;

    @BeforeAll
    static void start(DemoPortal shared) throws IOException {
        downloads = Files.createTempDirectory("privacy-portal-downloads-");
        browser = Browser.start(downloads);
        portal = shared;
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (downloads != null) {
            try (Stream<Path> files = Files.walk(downloads)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(file -> file.toFile().delete());
            }
        }
    }

    /** Signs in through the identity provider's page, as a person would, and waits for the portal. */
    protected static void signIn(String user) {
        browser.get(portal.url());
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("submit")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("page-title")));
    }

    protected static String title() {
        return waitFor(ExpectedConditions.presenceOfElementLocated(By.id("page-title")))
                .getText();
    }

    protected static <T> T waitFor(ExpectedCondition<T> condition) {
        return Browser.await(browser, Duration.ofSeconds(30)).until(condition);
    }

    /** Brings the element into view (the window is 900 px high), then clicks it as a person would. */
    protected static void scrollToAndClick(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }
}
