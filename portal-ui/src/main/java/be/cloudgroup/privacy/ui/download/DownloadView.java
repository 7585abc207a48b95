package be.cloudgroup.privacy.ui.download;

import be.cloudgroup.privacy.download.DownloadRefusedException;
import be.cloudgroup.privacy.download.DownloadService;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.i18n.LanguagePreference;
import be.cloudgroup.privacy.ui.layout.Page;
import be.cloudgroup.privacy.ui.security.RecentAuthentication;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * "Download my data": the customer picks the language, sees what the archive holds and starts the
 * download. The file itself comes from {@link ArchiveController} with a one-time ticket, so the
 * page stays usable while it streams; a sign-in older than {@link RecentAuthentication#MAX_AGE} is renewed first.
 */
@Route(DownloadView.ROUTE)
@Menu(title = "download.nav", order = 4, icon = "vaadin:download")
@RolesAllowed("CUSTOMER")
public class DownloadView extends Page {

    static final String ROUTE = "download";

    private final DownloadService downloads;
    private final Clock clock;
    private final Select<Language> language = new Select<>();
    private final Paragraph refusal = new Paragraph();
    private final DownloadProgressPanel progress;
    private final Button start = new Button();

    public DownloadView(DownloadService downloads, Clock clock) {
        super("download.title");
        this.downloads = downloads;
        this.clock = clock;
        this.progress = new DownloadProgressPanel(downloads);
        language.setId("archive-language");
        language.setLabel(getTranslation("download.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(choice -> getTranslation("language." + choice.code()));
        Language uiLanguage = LanguagePreference.current();
        language.setValue(uiLanguage);
        start.setText(getTranslation("download.start"));
        start.addClickListener(click -> start());
        start.setId("start-download");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        refusal.setId("download-refused");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        add(
                paragraph("download.intro"),
                new ArchiveContentsPanel(downloads.contents(uiLanguage)),
                language,
                paragraph("download.reauthentication", RecentAuthentication.MAX_AGE.toMinutes()),
                start,
                refusal,
                progress);
    }

    private void start() {
        refusal.setVisible(false);
        if (!RecentAuthentication.isRecent(SecurityContextHolder.getContext().getAuthentication(), clock)) {
            getUI().ifPresent(ui -> ui.getPage().setLocation(contextPath() + ArchiveController.SIGN_IN_AGAIN));
            return;
        }
        try {
            String ticket = downloads.requestDownload(language.getValue());
            start.setEnabled(false);
            progress.follow(ticket, () -> start.setEnabled(true));
            getUI().ifPresent(ui -> ui.getPage()
                    .executeJs("window.location.assign($0)", contextPath() + ArchiveController.ARCHIVE + ticket));
        } catch (DownloadRefusedException e) {
            refusal.setText(
                    getTranslation("download.refused." + e.reason().name(), DownloadService.DOWNLOADS_PER_HOUR));
            refusal.setVisible(true);
        }
    }

    private static String contextPath() {
        return VaadinService.getCurrentRequest() == null
                ? ""
                : VaadinService.getCurrentRequest().getContextPath();
    }
}
