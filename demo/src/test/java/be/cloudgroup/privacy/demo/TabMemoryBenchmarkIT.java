package be.cloudgroup.privacy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.ObjectName;
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
    /** With {@code -Dbenchmark.histogram=true}: per page, what the open tabs hold, class by class. */
    private static final boolean HISTOGRAM = Boolean.getBoolean("benchmark.histogram");

    private static final Path HISTOGRAM_BEFORE = Path.of("target", "tab-memory-histogram-before.txt");
    private static final Pattern HISTOGRAM_LINE = Pattern.compile("\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*");

    @Test
    void every_customer_page_retains_at_most_150_kB_per_open_tab() throws IOException {
        signIn("customer");
        String first = browser.getWindowHandle();
        for (String page : CUSTOMER_PAGES) { // warm-up: classes, caches, translations
            open(page);
        }
        Map<String, Long> perTab = new LinkedHashMap<>();
        for (String page : CUSTOMER_PAGES) {
            if (HISTOGRAM) { // kept in a file: the heap holds nothing of it while the tabs are measured
                Files.writeString(HISTOGRAM_BEFORE, histogram());
            }
            long before = retainedHeap();
            List<String> tabs = new ArrayList<>();
            for (int i = 0; i < TABS; i++) {
                browser.switchTo().newWindow(WindowType.TAB);
                tabs.add(browser.getWindowHandle());
                open(page);
            }
            long after = retainedHeap();
            perTab.put("/" + page, (after - before) / TABS);
            if (HISTOGRAM) {
                String classesAfter = histogram(); // before the map of the first exists
                writeHistogram(page, classes(Files.readString(HISTOGRAM_BEFORE)), classes(classesAfter));
            }
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

    /** The JVM's own class histogram of the live objects (after a full collection). */
    private static String histogram() {
        try {
            return (String) ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
        } catch (JMException e) {
            throw new IllegalStateException("no class histogram", e);
        }
    }

    /** Instances and bytes per class, from a class histogram. */
    private static Map<String, long[]> classes(String histogram) {
        Map<String, long[]> classes = new HashMap<>();
        for (String line : histogram.split("\n")) {
            Matcher matcher = HISTOGRAM_LINE.matcher(line);
            if (matcher.matches()) {
                classes.put(
                        matcher.group(3),
                        new long[] {Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))});
            }
        }
        return classes;
    }

    /** The 60 classes whose live bytes grew most with the open tabs, per tab, to {@code target/}. */
    private static void writeHistogram(String page, Map<String, long[]> before, Map<String, long[]> after)
            throws IOException {
        StringBuilder table = new StringBuilder("| class | instances per tab | bytes per tab |\n|---|---:|---:|\n");
        after.entrySet().stream()
                .map(entry -> {
                    long[] was = before.getOrDefault(entry.getKey(), new long[2]);
                    return Map.entry(
                            entry.getKey(), new long[] {entry.getValue()[0] - was[0], entry.getValue()[1] - was[1]});
                })
                .sorted(Comparator.comparingLong(entry -> -entry.getValue()[1]))
                .limit(60)
                .forEach(entry -> table.append("| `")
                        .append(entry.getKey())
                        .append("` | ")
                        .append(entry.getValue()[0] / TABS)
                        .append(" | ")
                        .append(entry.getValue()[1] / TABS)
                        .append(" |\n"));
        Path file =
                Path.of("target", "tab-memory-histogram-" + (page.isEmpty() ? "home" : page.replace('/', '-')) + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, table);
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
