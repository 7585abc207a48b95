package be.cloudgroup.privacy.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through Selenium, headless. Without Chromium the browser tests are
 * skipped with a message, unless {@code browser.tests.required=true} (CI), where they fail.
 * Downloads land, without asking, in the directory given at start.
 */
final class Browser {

    /** How often a wait asks again: Selenium's default of 500 ms idles the run for half of that per wait. */
    private static final Duration POLLING = Duration.ofMillis(50);

    private Browser() {}

    /** A wait on {@code driver} for up to {@code timeout}, asking every 50 ms. */
    static WebDriverWait await(WebDriver driver, Duration timeout) {
        return new WebDriverWait(driver, timeout, POLLING);
    }

    static WebDriver start(Path downloads) {
        Optional<Path> chromium = executable("chromium", "chromium-browser");
        Optional<Path> driver = executable("chromedriver");
        if (chromium.isEmpty() || driver.isEmpty()) {
            String message = "Chromium and chromedriver are needed for the browser tests (apt-get install chromium"
                    + " chromium-driver); found chromium=" + chromium + ", chromedriver=" + driver;
            if (Boolean.getBoolean("browser.tests.required")
                    || "true".equals(System.getenv("BROWSER_TESTS_REQUIRED"))) {
                Assertions.fail(message);
            }
            Assumptions.abort("Browser tests skipped: " + message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=en-US",
                "--window-size=1280,900");
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "intl.accept_languages",
                        "en-US,en",
                        "download.default_directory",
                        downloads.toAbsolutePath().toString(),
                        "download.prompt_for_download",
                        false));
        // the console (CSP violations: "Refused to …") is read by SecurityHeadersBrowserIT
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    private static Optional<Path> executable(String... names) {
        return Stream.of(System.getenv("PATH").split(":"))
                .flatMap(dir -> Stream.of(names).map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
