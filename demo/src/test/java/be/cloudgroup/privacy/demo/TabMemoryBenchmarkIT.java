package be.cloudgroup.privacy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Retained heap per open tab of each customer page, through the real stack: the demo portal runs in
 * this JVM, Chromium signs in as the demo customer through the OIDC provider and opens the page in
 * {@code benchmark.tabs} tabs (each tab is a Vaadin UI with its component tree on the server). A
 * full collection before and after (until the used heap stops falling) gives the heap the open tabs
 * retain; divided by the tabs, the figure per tab. Tagged {@code benchmark}: run on request (see
 * README, Performance); prints a table, writes it to {@code demo/target/tab-memory-benchmark.md} and
 * fails when a page misses the target.
 */
@Tag("benchmark")
class TabMemoryBenchmarkIT extends DemoInBrowser {

    private static final int TABS = Integer.getInteger("benchmark.tabs", 20);
    private static final long TARGET_BYTES = 150 * 1024;
    private static final List<String> CUSTOMER_PAGES =
            List.of("", "my-data", "my-data/correct", "preferences", "activity", "download", "requests");
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    @Test
    void every_customer_page_retains_at_most_150_kB_per_open_tab() throws IOException {
        signIn("customer");
        String first = browser.getWindowHandle();
        for (String page : CUSTOMER_PAGES) { // warm-up: classes, caches, translations
            open(page);
        }
        Map<String, Long> perTab = new LinkedHashMap<>();
        for (String page : CUSTOMER_PAGES) {
            long before = retainedHeap();
            List<String> tabs = new ArrayList<>();
            for (int i = 0; i < TABS; i++) {
                browser.switchTo().newWindow(WindowType.TAB);
                tabs.add(browser.getWindowHandle());
                open(page);
            }
            long after = retainedHeap();
            perTab.put("/" + page, (after - before) / TABS);
            for (String tab : tabs) {
                browser.switchTo().window(tab).close();
            }
            browser.switchTo().window(first);
        }
        String report = report(perTab);
        System.out.println(report);
        Path file = Path.of("target", "tab-memory-benchmark.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        assertThat(perTab)
                .allSatisfy((page, bytes) -> assertThat(bytes)
                        .as("retained heap per open tab of %s", page)
                        .isPositive()
                        .isLessThanOrEqualTo(TARGET_BYTES));
    }

    /** Opens the page in the current tab and waits until the portal has answered every request. */
    private static void open(String page) {
        browser.get(portal.url() + page);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("page-title")));
        waitFor(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return !!window.Vaadin && Object.values(window.Vaadin.Flow.clients)"
                        + ".every(client => !client.isActive || !client.isActive())"));
    }

    /** The used heap after full collections, repeated until it falls by less than 64 kB. */
    private static long retainedHeap() {
        long previous = Long.MAX_VALUE;
        for (int round = 0; round < 10; round++) {
            System.gc();
            long used = MEMORY.getHeapMemoryUsage().getUsed();
            if (previous - used < 64 * 1024) {
                return Math.min(previous, used);
            }
            previous = used;
        }
        return previous;
    }

    private static String report(Map<String, Long> perTab) {
        StringBuilder table = new StringBuilder("Retained heap per open tab, " + TABS + " tabs per page (target ≤ "
                + TARGET_BYTES / 1024 + " kB)\n\n| page | per tab | result |\n|---|---:|:---:|\n");
        perTab.forEach((page, bytes) -> table.append("| `")
                .append(page)
                .append("` | ")
                .append(bytes / 1024)
                .append(" kB | ")
                .append(bytes <= TARGET_BYTES ? "PASS" : "MISS")
                .append(" |\n"));
        return table.toString();
    }
}
