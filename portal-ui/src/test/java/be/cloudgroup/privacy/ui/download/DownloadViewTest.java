package be.cloudgroup.privacy.ui.download;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.download.DownloadProgress;
import be.cloudgroup.privacy.download.DownloadService;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

class DownloadViewTest extends KaribuTest {

    @Autowired
    private DownloadService downloads;

    @Autowired
    private Clock clock;

    @Test
    void the_page_lists_the_files_and_every_table_of_the_archive_in_the_ui_language() {
        signIn(data.richCustomer("Inhoud"));
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent().navigate(DownloadView.class);

        assertThat(_get(Select.class, spec -> spec.withId("archive-language")).getValue())
                .isEqualTo(Language.DE);
        assertThat(_find(_get(UnorderedList.class, spec -> spec.withId("archive-sections")), ListItem.class))
                .extracting(ListItem::getText)
                .containsExactlyElementsOf(downloads.contents(Language.DE))
                .allSatisfy(text -> assertThat(text).doesNotStartWith("!"));
        assertThat(_find(_get(UnorderedList.class, spec -> spec.withId("archive-files")), ListItem.class))
                .extracting(ListItem::getText)
                .anyMatch(text -> text.startsWith("portable.json"));
    }

    @Test
    void a_stale_sign_in_is_sent_to_sign_in_again_without_a_ticket() {
        AccountPrincipal rika = data.richCustomer("Opnieuw");
        signIn(rika);
        UI.getCurrent().navigate(DownloadView.class);

        _click(_get(Button.class, spec -> spec.withId("start-download")));

        assertThat(_find(ProgressBar.class)).isEmpty();
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ? AND action LIKE 'ARCHIVE%'",
                        rika.customerId()))
                .isZero();
    }

    @Test
    void a_fresh_sign_in_starts_the_download_and_shows_its_progress_until_it_is_done() throws Exception {
        AccountPrincipal rika = data.richCustomer("Voortgang");
        signInFresh(rika);
        UI.getCurrent().navigate(DownloadView.class);
        _setValue(_get(Select.class, spec -> spec.withId("archive-language")), Language.NL);

        _click(_get(Button.class, spec -> spec.withId("start-download")));

        ProgressBar bar = _get(ProgressBar.class);
        assertThat(bar.isVisible()).isTrue();
        assertThat(bar.isIndeterminate()).isTrue();
        Button start = _get(Button.class, spec -> spec.withId("start-download"));
        assertThat(start.isEnabled())
                .as("no second ticket while one is pending")
                .isFalse();
        DownloadProgressPanel panel = _get(DownloadProgressPanel.class);
        String ticket = panel.ticket();
        assertThat(downloads.progress(ticket)).isEqualTo(DownloadProgress.WAITING);
        downloads.write(downloads.redeem(ticket), OutputStream.nullOutputStream());
        panel.refresh();
        assertThat(bar.isVisible()).isFalse();
        assertThat(start.isEnabled()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("download-status")).getText())
                .isEqualTo("Your archive has been downloaded.");
    }

    @Test
    void past_the_limit_the_page_says_so_instead_of_starting_a_download() {
        AccountPrincipal rika = data.richCustomer("Teveel");
        for (int i = 0; i < DownloadService.DOWNLOADS_PER_HOUR; i++) {
            data.update(
                    "INSERT INTO audit_event (occurred_at, actor_name, subject_customer_id, action, target_type,"
                            + " details) VALUES (UTC_TIMESTAMP(6), 'Rika', ?, 'ARCHIVE_DOWNLOADED', 'archive', '{}')",
                    rika.customerId());
        }
        signInFresh(rika);
        UI.getCurrent().navigate(DownloadView.class);

        _click(_get(Button.class, spec -> spec.withId("start-download")));

        Paragraph refusal = _get(Paragraph.class, spec -> spec.withId("download-refused"));
        assertThat(refusal.getText())
                .isEqualTo("You have already downloaded your data 5 times in the last hour. Please try again later.");
        assertThat(_find(ProgressBar.class)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"SUPPORT", "ADMIN"})
    void staff_cannot_open_the_download_page(Role role) {
        signIn(data.staffPrincipal(role));

        UI.getCurrent().navigate("download");

        assertThat(_find(DownloadView.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
    }

    /** Signs in with an ID token issued a minute ago, as a fresh OIDC login would. */
    private void signInFresh(AccountPrincipal account) {
        signIn(account);
        Authentication fresh =
                OidcAccount.authentication(account, clock.instant().minus(Duration.ofMinutes(1)));
        SecurityContextHolder.getContext().setAuthentication(fresh);
    }
}
