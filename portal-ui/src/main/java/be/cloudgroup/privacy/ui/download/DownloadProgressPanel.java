package be.cloudgroup.privacy.ui.download;

import be.cloudgroup.privacy.download.DownloadNotFoundException;
import be.cloudgroup.privacy.download.DownloadProgress;
import be.cloudgroup.privacy.download.DownloadService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;

/**
 * Shows how a started download goes: an indeterminate bar while the archive streams (its size is
 * not known in advance), then done or failed, and then tells the page ({@code onEnd}), which keeps
 * its start button disabled until then. Polls the service once a second; the page stays
 * usable meanwhile because the file is served outside the UI.
 */
class DownloadProgressPanel extends Div {

    static final int POLL_MILLIS = 1000;

    private final DownloadService downloads;
    private final ProgressBar bar = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private Registration polling;
    private String ticket;
    private Runnable onEnd = () -> {};

    DownloadProgressPanel(DownloadService downloads) {
        this.downloads = downloads;
        setId("download-progress");
        bar.setIndeterminate(true);
        status.setId("download-status");
        status.getElement().setAttribute("aria-live", "polite");
        add(status, bar);
        setVisible(false);
    }

    void follow(String newTicket, Runnable whenEnded) {
        ticket = newTicket;
        onEnd = whenEnded;
        setVisible(true);
        show(DownloadProgress.WAITING);
        UI ui = UI.getCurrent();
        if (polling == null) {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(event -> refresh());
        }
    }

    void refresh() {
        DownloadProgress progress;
        try {
            progress = downloads.progress(ticket);
        } catch (DownloadNotFoundException forgotten) {
            // a ticket never fetched is forgotten after a while: the customer asks for a new one
            progress = DownloadProgress.FAILED;
        }
        show(progress);
        if (progress == DownloadProgress.DONE || progress == DownloadProgress.FAILED) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
            onEnd.run();
        }
    }

    /** The ticket of the download being followed. */
    String ticket() {
        return ticket;
    }

    private void show(DownloadProgress progress) {
        status.setText(getTranslation("download.progress." + progress.name()));
        bar.setVisible(progress == DownloadProgress.WAITING || progress == DownloadProgress.STREAMING);
    }
}
