package be.cloudgroup.privacy.ui.intake;

import be.cloudgroup.privacy.intake.IntakeBusyException;
import be.cloudgroup.privacy.intake.IntakeReport;
import be.cloudgroup.privacy.intake.IntakeService;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Uploads a file from the company's systems (streamed to a temporary file, never held in memory),
 * imports it in the background with a progress bar, then shows the report and the open conflicts.
 */
@Route("admin/import")
@Menu(title = "intake.nav", order = 8.3, icon = "vaadin:upload")
@RolesAllowed("ADMIN")
public class IntakeView extends Page {

    static final int POLL_MILLIS = 500;
    private static final Logger log = LoggerFactory.getLogger(IntakeView.class);

    private final transient IntakeService intake;
    private final Upload upload;
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Paragraph status = new Paragraph();
    private final IntakeReportPanel report = new IntakeReportPanel();
    private final IntakeConflictsPanel conflicts;

    public IntakeView(IntakeService intake) {
        super("intake.title");
        this.intake = intake;
        this.conflicts = new IntakeConflictsPanel(intake);
        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> start(metadata.fileName(), file)));
        upload.setId("intake-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".jsonl", ".ndjson", ".json", ".txt");
        upload.setDropLabel(new Span(getTranslation("intake.upload.drop")));
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("intake.upload.button")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("intake.upload.drop")));
        texts.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("intake.upload.one-file"))
                .setIncorrectFileType(getTranslation("intake.upload.file-type")));
        upload.setI18n(texts);
        bar.setId("intake-progress");
        bar.setVisible(false);
        status.setId("intake-status");
        status.getElement().setAttribute("aria-live", "polite");
        add(
                paragraph("intake.intro"),
                paragraph("intake.rule"),
                upload,
                status,
                bar,
                report,
                new H2(getTranslation("intake.conflicts.title")),
                paragraph("intake.conflicts.intro"),
                conflicts);
    }

    /** Runs the import off the request thread as the signed-in admin; the page polls for progress. */
    private void start(String fileName, File file) {
        UI ui = UI.getCurrent();
        ui.access(() -> {
            bar.setValue(0);
            bar.setVisible(true);
            status.setText(getTranslation("intake.status.running", fileName));
            report.setVisible(false);
            ui.setPollInterval(POLL_MILLIS);
        });
        Runnable work = () -> {
            try {
                IntakeReport result = intake.importFile(
                        file.toPath(),
                        fileName,
                        (lines, fraction) -> ui.access(() -> {
                            bar.setValue(fraction);
                            status.setText(getTranslation("intake.status.progress", fileName, lines));
                        }));
                ui.access(() -> finish(ui, () -> {
                    status.setText(getTranslation("intake.status.done", fileName));
                    report.show(result);
                    conflicts.refresh();
                }));
            } catch (IntakeBusyException busy) {
                ui.access(() -> finish(ui, () -> status.setText(getTranslation("intake.status.busy"))));
            } catch (IOException | RuntimeException failure) {
                log.error("Import of {} failed", fileName, failure);
                ui.access(() -> finish(ui, () -> status.setText(getTranslation("intake.status.failed", fileName))));
            } finally {
                delete(file);
            }
        };
        Thread thread = new Thread(new DelegatingSecurityContextRunnable(work), "import-" + fileName);
        thread.setDaemon(true);
        thread.start();
    }

    private void finish(UI ui, Runnable show) {
        bar.setVisible(false);
        ui.setPollInterval(-1);
        show.run();
        upload.clearFileList();
        Notification.show(status.getText(), 5000, Notification.Position.BOTTOM_START);
    }

    private static void delete(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
