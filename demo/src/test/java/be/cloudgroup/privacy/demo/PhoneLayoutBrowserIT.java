package be.cloudgroup.privacy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page of every role on a 390 × 844 phone (Chromium's device emulation: mobile viewport,
 * touch): the page is no wider than the screen, nothing in it scrolls sideways but a deliberate
 * scroll box, every visible control of the header and the page lies inside it and is at least
 * 24 px high and wide (WCAG 2.5.8), axe-core finds no WCAG 2.2 A/AA violation, the menu opens as a
 * drawer whose entries fit too, and each person signs out with the header's button.
 */
class PhoneLayoutBrowserIT extends DemoInBrowser {

    /** Users whose tables of many columns may scroll them sideways inside the table's box. */
    private static final Set<String> STAFF = Set.of("support", "admin");

    /**
     * The visible controls that stick out of the viewport sideways or are smaller than 24 px, and
     * the page's own overflow. A grid scrolls its columns inside itself: its cells count through the
     * grid's own box; on a customer's page ({@code arguments[0]}) no grid may scroll sideways, while
     * a staff table of many columns does so inside its box. Controls in the closed drawer (moved off
     * screen) are not visible to a person.
     */
    private static final String PROBLEMS = """
            const width = window.innerWidth, problems = [], gridsFit = arguments[0];
            if (document.documentElement.scrollWidth > width) {
              problems.push('page ' + document.documentElement.scrollWidth + ' px wide');
            }
            const layout = document.querySelector('vaadin-app-layout');
            const drawerOpen = layout && layout.hasAttribute('drawer-opened');
            const selector = 'a[href], button, input, select, textarea, vaadin-button, vaadin-drawer-toggle,'
              + ' vaadin-select, vaadin-text-field, vaadin-text-area, vaadin-email-field, vaadin-integer-field,'
              + ' vaadin-combo-box, vaadin-date-picker, vaadin-checkbox, vaadin-radio-button, vaadin-details-summary,'
              + ' vaadin-side-nav-item, vaadin-menu-bar, vaadin-grid, vaadin-upload';
            for (const control of document.querySelectorAll(selector)) {
              if (control.closest('vaadin-grid') && control.localName !== 'vaadin-grid') continue;
              if (!drawerOpen && control.closest('[slot="drawer"]')) continue;
              const style = getComputedStyle(control);
              const box = control.getBoundingClientRect();
              if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
              const name = control.localName + (control.id ? '#' + control.id : '')
                + ' "' + (control.innerText || control.getAttribute('aria-label') || '').trim().slice(0, 30) + '"';
              if (box.left < -0.5 || box.right > width + 0.5) {
                problems.push(name + ' at ' + Math.round(box.left) + '..' + Math.round(box.right));
              }
              const inline = control.localName === 'a' && style.display === 'inline';
              if (!inline && control.localName !== 'input' && (box.width < 24 || box.height < 24)) {
                problems.push(name + ' only ' + Math.round(box.width) + ' × ' + Math.round(box.height) + ' px');
              }
            }
            // nothing of the content scrolls sideways, but a deliberate scroll box: an element inside
            // the page's main landmark that declares overflow-x auto or scroll (a wide table); the
            // app layout's content area (in its shadow root) and the page itself may not
            const boxes = [...document.querySelectorAll('body *')]
              .filter(element => !element.closest('[slot="navbar"], [slot="drawer"]'));
            const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
            if (content) boxes.push(content);
            for (const element of boxes) {
              if (element.localName === 'input' || element.localName === 'textarea') continue;
              if (element.scrollWidth <= element.clientWidth + 1 || element.clientWidth === 0) continue;
              const overflow = getComputedStyle(element).overflowX;
              if (overflow === 'hidden' || overflow === 'clip') continue;
              const scrolls = overflow === 'auto' || overflow === 'scroll';
              const page = element.closest('main, .portal-standalone');
              if (scrolls && page && page !== element) continue;
              // the deepest element that reaches past this one's right edge is the one to fix
              const edge = element.getBoundingClientRect().right + 1;
              const culprit = [...element.querySelectorAll('*')].reverse()
                .find(inner => inner.getBoundingClientRect().right > edge);
              problems.push((scrolls ? 'scrolls sideways: ' : 'sticks out: ') + describe(element)
                + ' ' + element.scrollWidth + ' px in ' + element.clientWidth
                + (culprit ? ', widest inside: ' + describe(culprit) : ''));
            }
            for (const grid of gridsFit ? document.querySelectorAll('vaadin-grid') : []) {
              const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
              if (table && table.clientWidth > 0 && table.scrollWidth > table.clientWidth + 1) {
                problems.push('grid scrolls sideways: ' + describe(grid) + ' '
                  + table.scrollWidth + ' px in ' + table.clientWidth);
              }
            }
            function describe(element) {
              return element.localName + (element.id ? '#' + element.id : '')
                + (typeof element.className === 'string' && element.className.trim()
                  ? '.' + element.className.trim().split(/\\s+/).join('.') : '');
            }
            return problems;
            """;

    /**
     * axe-core's rules for WCAG 2.0, 2.1 and 2.2 at levels A and AA, every impact. Two findings are
     * open upstream and left out, each only for its rule and its node (every other element and rule
     * still counts): a required {@code vaadin-select} puts {@code aria-required} on its value button
     * (role button; vaadin/web-components#7337), and target-size counts a grid's focusable cell as
     * obscured by the link inside it (dequelabs/axe-core#3674); the link itself is still measured.
     */
    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            const upstream = (rule, node) => {
              const last = node.target.flat().pop();
              return (rule === 'aria-allowed-attr' && /vaadin-select-value-button\\[aria-required="true"\\]$/.test(last))
                || (rule === 'target-size' && /^#vaadin-grid-cell-\\d+$/.test(last));
            };
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
                resultTypes: ['violations']})
              .then(results => done(results.violations
                .map(violation => ({...violation, nodes: violation.nodes.filter(node => !upstream(violation.id, node))}))
                .filter(violation => violation.nodes.length > 0)
                .map(violation => violation.id + ' (' + violation.impact + ', ' + violation.help + '): '
                  + violation.nodes.slice(0, 5).map(node => node.target.flat().join(' >> ')).join(' | '))))
              .catch(error => done(['axe-core failed: ' + error]));
            """;

    /** axe-core 4.11 as Deque ships it in its Selenium integration (only this file of it is used). */
    private static final String AXE = axeSource();

    /** Where each page is saved as seen on the phone and at 1280 px, to look at (target/screenshots). */
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * Screenshots only on request ({@code -Dbrowser.screenshots=true}): two more layouts and waits
     * per page cost CI about 40 s.
     */
    private static final boolean SCREENSHOTS_WANTED = Boolean.getBoolean("browser.screenshots");

    @BeforeAll
    static void phone() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        screen(390, 844, true);
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    private static void screen(int width, int height, boolean mobile) {
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of(
                                "width",
                                width,
                                "height",
                                height,
                                "deviceScaleFactor",
                                mobile ? 2 : 1,
                                "mobile",
                                mobile));
    }

    /** The whole page (the viewport made as high as the document), then the viewport as it was. */
    private static void screenshot(String name, int width, int height, boolean mobile) {
        long full = (Long) ((JavascriptExecutor) browser)
                .executeScript("return Math.max(document.documentElement.scrollHeight, window.innerHeight)");
        screen(width, (int) Math.min(full, 6000), mobile);
        settle();
        String png = (String) ((ChromeDriver) browser)
                .executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"))
                .get("data");
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        screen(width, height, mobile);
    }

    @AfterAll
    static void desktop() {
        if (browser != null) {
            ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void every_customer_page_fits_a_phone() {
        List<String> pages = new ArrayList<>(List.of(
                "",
                "my-data",
                "my-data/correct",
                "preferences",
                "download",
                "activity",
                "assist",
                "requests",
                "privacy-statement"));
        firstValue("SELECT r.reference FROM privacy_request r JOIN customer c ON c.id = r.customer_id"
                        + " WHERE c.email = '" + DemoData.CUSTOMER_EMAIL + "'")
                .ifPresent(reference -> pages.add("requests/" + reference));
        checkPages("customer", pages);
    }

    @Test
    void every_support_page_fits_a_phone() {
        List<String> pages = new ArrayList<>(List.of("support", "staff/requests", "privacy-statement"));
        firstValue("SELECT customer_number FROM customer WHERE email = '" + DemoData.CUSTOMER_EMAIL + "'")
                .ifPresent(number -> pages.add("support/customer/" + number));
        firstValue("SELECT reference FROM privacy_request ORDER BY id")
                .ifPresent(reference -> pages.add("staff/requests/" + reference));
        checkPages("support", pages);
    }

    @Test
    void every_admin_page_fits_a_phone() {
        List<String> pages = new ArrayList<>(List.of(
                "admin/accounts",
                "admin/audit",
                "admin/assist-sessions",
                "admin/policy",
                "admin/import",
                "staff/requests/summary"));
        firstValue("SELECT public_id FROM portal_account WHERE email = '" + DemoData.CUSTOMER_EMAIL + "'")
                .ifPresent(account -> pages.add("admin/accounts/" + account));
        checkPages("admin", pages);
    }

    /** Someone signed in at the identity provider without a portal account yet (not activated here). */
    @Test
    void the_activation_page_fits_a_phone() {
        browser.manage().deleteAllCookies();
        signIn(DemoNewcomer.USER);
        List<String> violations = new ArrayList<>();
        List<String> problems = walk(DemoNewcomer.USER, List.of("activation"), violations);
        browser.manage().deleteAllCookies();
        assertLaidOutAndAccessible(problems, violations);
    }

    private static void assertLaidOutAndAccessible(List<String> problems, List<String> violations) {
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(problems)
                    .as("controls outside a 390 px screen or under 24 px, content scrolling sideways")
                    .isEmpty();
            soft.assertThat(violations)
                    .as("axe-core violations (WCAG 2.0-2.2 A and AA): rule (impact, help): elements")
                    .isEmpty();
        });
    }

    private static void checkPages(String user, List<String> pages) {
        browser.manage().deleteAllCookies(); // whoever an earlier test left signed in
        signIn(user);
        List<String> violations = new ArrayList<>();
        List<String> problems = new ArrayList<>(walk(user, pages, violations));
        // the menu: in a drawer that opens from the header's toggle, its entries on screen
        browser.navigate().refresh();
        title();
        settle();
        assertThat(browser.findElement(By.tagName("vaadin-app-layout")).getDomAttribute("drawer-opened"))
                .as("on a phone the menu starts closed")
                .isNull();
        browser.findElement(By.tagName("vaadin-drawer-toggle")).click();
        waitFor(driver ->
                browser.findElement(By.tagName("vaadin-app-layout")).getDomAttribute("drawer-opened") != null);
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.tagName("vaadin-side-nav-item")));
        settle();
        problems.addAll(problems("menu", !STAFF.contains(user)));
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        waitFor(driver ->
                browser.findElement(By.tagName("vaadin-app-layout")).getDomAttribute("drawer-opened") == null);

        // the user menu is reachable: the name shows whole and sign-out works by touch
        assertThat(browser.findElement(By.className("portal-user")).isDisplayed())
                .isTrue();
        scrollToAndClick(waitFor(ExpectedConditions.elementToBeClickable(By.id("sign-out"))));
        waitFor(ExpectedConditions.urlContains("/signed-out"));
        browser.manage().deleteAllCookies();
        assertLaidOutAndAccessible(problems, violations);
    }

    /**
     * Opens each page once: measures it on the phone, runs axe-core on it, and saves it as seen on
     * the phone and at 1280 px. Returns the layout problems; adds axe-core's violations to {@code violations}.
     */
    private static List<String> walk(String user, List<String> pages, List<String> violations) {
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            browser.get(portal.url() + page);
            title();
            settle();
            problems.addAll(problems("/" + page, !STAFF.contains(user)));
            violations.addAll(axe("/" + page));
            if (SCREENSHOTS_WANTED) {
                String name = user + "-" + (page.isEmpty() ? "home" : page.replaceAll("[^a-z0-9-]+", "_"));
                screenshot("phone-" + name, 390, 844, true);
                screen(1280, 900, false);
                screenshot("desktop-" + name, 1280, 900, false);
                screen(390, 844, true);
            }
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    private static List<String> axe(String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(AXE);
        List<String> found = (List<String>) js.executeAsyncScript(AXE_RUN);
        return found.stream().map(violation -> page + ": " + violation).toList();
    }

    private static String axeSource() {
        try (InputStream in = PhoneLayoutBrowserIT.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException(
                        "axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets animations (drawer) and lazy rendering (grids) finish before measuring. */
    private static void settle() {
        waitFor(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return Object.values(window.Vaadin.Flow.clients)"
                        + ".every(client => !client.isActive || !client.isActive())"));
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(String page, boolean gridsFit) {
        List<String> found = (List<String>) ((JavascriptExecutor) browser).executeScript(PROBLEMS, gridsFit);
        return found.stream().map(problem -> page + ": " + problem).toList();
    }

    private static java.util.Optional<String> firstValue(String sql) {
        try (Connection connection = portal.bean(DataSource.class).getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? java.util.Optional.ofNullable(row.getString(1)) : java.util.Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
