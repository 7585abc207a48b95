package be.cloudgroup.privacy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * The demo customer downloads their archive from "Download my data" in Chromium, which saves the
 * file as it would for a person; the archive holds every part, and its index.html, opened from
 * disk in the same browser, shows the customer and a heading for every data category.
 */
class DownloadBrowserIT extends DemoInBrowser {

    private static final List<String> CATEGORY_HEADINGS = List.of(
            "Identity",
            "Contact details",
            "Contracts and services",
            "Invoices and payments",
            "Service tickets",
            "Messages we sent you",
            "Marketing",
            "Portal account and security",
            "Consent, objections and requests");

    @Test
    void the_customer_downloads_the_archive_and_reads_its_index_in_the_browser() throws IOException {
        signIn("customer");

        browser.get(portal.url() + "download");
        WebElement start = waitFor(ExpectedConditions.elementToBeClickable(By.id("start-download")));
        // the button sits below the list of what the archive holds, under the fold of the 900 px window
        scrollToAndClick(start);
        Path archive = downloadedArchive();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("download-progress"), "Your archive has been downloaded."));

        assertThat(archive.getFileName().toString()).matches("privacy-archive-CG\\d{8}-\\d{4}-\\d{2}-\\d{2}\\.zip");
        Path unpacked = downloads.resolve("unpacked");
        List<String> entries = unzip(archive, unpacked);
        assertThat(entries)
                .contains(
                        "index.html",
                        "data.json",
                        "schema.json",
                        "privacy-info.json",
                        "portable.json",
                        "csv/customer.csv",
                        "csv/contract.csv",
                        "csv/invoice.csv",
                        "csv/audit_event.csv");
        assertThat(entries).filteredOn(entry -> entry.startsWith("csv/")).allMatch(entry -> entry.endsWith(".csv"));
        assertThat(Files.readString(unpacked.resolve("csv/customer.csv"))).contains("Anke", "Peeters");

        browser.get(unpacked.resolve("index.html").toUri().toString());
        WebElement report = waitFor(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        assertThat(browser.getTitle()).isEqualTo("Your personal data at Cloud Group");
        assertThat(report.getText()).contains("Anke", "Peeters");
        assertThat(report.findElements(By.tagName("h2")))
                .extracting(WebElement::getText)
                .containsAll(CATEGORY_HEADINGS);
    }

    /** Chromium writes to a {@code .crdownload} file and renames it when the download is complete. */
    private static Path downloadedArchive() {
        return new FluentWait<>(downloads)
                .withTimeout(Duration.ofSeconds(60))
                .pollingEvery(Duration.ofMillis(200))
                .withMessage("a finished .zip download in " + downloads)
                .until(directory -> {
                    try (Stream<Path> files = Files.list(directory)) {
                        List<Path> all = files.toList();
                        Optional<Path> zip = all.stream()
                                .filter(file -> file.toString().endsWith(".zip"))
                                .findFirst();
                        boolean busy =
                                all.stream().anyMatch(file -> file.toString().endsWith(".crdownload"));
                        return busy ? null : zip.orElse(null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** Unpacks the archive below {@code target}; returns the entry names in archive order. */
    private static List<String> unzip(Path archive, Path target) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(archive);
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                assertThat(file).as("entry inside the archive's folder").startsWithRaw(target);
                names.add(entry.getName());
                Files.createDirectories(file.getParent());
                Files.copy(zip, file);
            }
        }
        return names;
    }
}
