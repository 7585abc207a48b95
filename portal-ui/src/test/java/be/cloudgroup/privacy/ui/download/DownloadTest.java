package be.cloudgroup.privacy.ui.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.download.DownloadProgress;
import be.cloudgroup.privacy.download.DownloadRefusedException;
import be.cloudgroup.privacy.download.DownloadService;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.CustomerRowLock;
import be.cloudgroup.privacy.ui.PortalTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

class DownloadTest extends PortalTest {

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private DownloadService downloads;

    @Autowired
    private Clock clock;

    @Autowired
    private TransactionTemplate transactions;

    private MockMvc mvc;

    @BeforeEach
    void setUpMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void a_recently_signed_in_customer_gets_the_archive_under_a_server_chosen_name_and_never_cached() throws Exception {
        AccountPrincipal rika = data.richCustomer("Download");
        Authentication fresh = signedIn(rika, Duration.ofMinutes(2));

        MockHttpServletResponse response = fetch(downloads.requestDownload(Language.FR), fresh);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/zip");
        assertThat(response.getHeaders("Cache-Control")).contains("no-store");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"privacy-archive-" + rika.customerNumber() + "-"
                        + LocalDate.now(clock.withZone(ZoneId.of("Europe/Brussels"))) + ".zip\"");
        assertThat(Archives.files(response.getContentAsByteArray()).get("index.html"))
                .contains("<html lang=\"fr\">");
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ? AND actor_account_id = ?"
                                + " AND action = 'ARCHIVE_DOWNLOADED'",
                        rika.customerId(),
                        rika.accountId()))
                .isOne();
    }

    @Test
    void a_download_link_works_once() throws Exception {
        AccountPrincipal rika = data.richCustomer("Eenmalig");
        Authentication fresh = signedIn(rika, Duration.ZERO);
        String ticket = downloads.requestDownload(Language.NL);

        assertThat(fetch(ticket, fresh).getStatus()).isEqualTo(200);
        assertThat(fetch(ticket, fresh).getStatus()).isEqualTo(404);
    }

    @Test
    void a_sign_in_older_than_ten_minutes_is_sent_through_the_identity_provider_again_before_the_download()
            throws Exception {
        AccountPrincipal rika = data.richCustomer("Verouderd");
        Authentication stale = signedIn(rika, Duration.ofMinutes(11));
        String ticket = downloads.requestDownload(Language.EN);

        MockHttpServletResponse archive = fetch(ticket, stale);
        assertThat(archive.getStatus()).isEqualTo(302);
        assertThat(archive.getRedirectedUrl()).isEqualTo(ArchiveController.SIGN_IN_AGAIN);

        MockHttpServletResponse again = mvc.perform(
                        get(ArchiveController.SIGN_IN_AGAIN).with(authentication(stale)))
                .andReturn()
                .getResponse();
        assertThat(again.getRedirectedUrl()).isEqualTo("/oauth2/authorization/portal?reauthenticate=true");

        MockHttpServletResponse provider = mvc.perform(
                        get(again.getRedirectedUrl()).with(authentication(stale)))
                .andReturn()
                .getResponse();
        assertThat(provider.getRedirectedUrl()).contains("prompt=login", "max_age=0");
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ?"
                                + " AND action = 'ARCHIVE_DOWNLOADED'",
                        rika.customerId()))
                .isZero();
    }

    @Test
    void a_recent_sign_in_skips_the_identity_provider_and_returns_to_the_download_page() throws Exception {
        AccountPrincipal rika = data.richCustomer("Vers");

        MockHttpServletResponse again = mvc.perform(get(ArchiveController.SIGN_IN_AGAIN)
                        .with(authentication(signedIn(rika, Duration.ofMinutes(9)))))
                .andReturn()
                .getResponse();

        assertThat(again.getRedirectedUrl()).isEqualTo("/download");
    }

    @Test
    void another_accounts_download_link_is_not_found_and_the_attempt_is_audited_on_the_owners_record()
            throws Exception {
        AccountPrincipal owner = data.richCustomer("Eigenaar");
        signedIn(owner, Duration.ZERO);
        String ticket = downloads.requestDownload(Language.NL);
        AccountPrincipal intruder = data.richCustomer("Indringer");

        MockHttpServletResponse response = fetch(ticket, signedIn(intruder, Duration.ZERO));

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .as("the page says the link is not valid, and nothing about the ticket")
                .contains("This download link is not valid", "href=\"/download\"")
                .doesNotContain(ticket);
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ? AND actor_account_id = ?"
                                + " AND action = 'ARCHIVE_TICKET_REFUSED'",
                        owner.customerId(),
                        intruder.accountId()))
                .isOne();
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'ARCHIVE_DOWNLOADED'"
                                + " AND subject_customer_id IN (?, ?)",
                        owner.customerId(),
                        intruder.customerId()))
                .isZero();
        assertThat(fetch(ticket, signedIn(owner, Duration.ZERO)).getStatus())
                .as("a link seen by someone else is worthless")
                .isEqualTo(404);
    }

    @Test
    void the_sixth_download_within_an_hour_is_refused_with_a_clear_reason_and_audited() throws Exception {
        AccountPrincipal rika = data.richCustomer("Limiet");
        Authentication fresh = signedIn(rika, Duration.ZERO);
        for (int i = 0; i < DownloadService.DOWNLOADS_PER_HOUR; i++) {
            assertThat(fetch(downloads.requestDownload(Language.EN), fresh).getStatus())
                    .isEqualTo(200);
        }

        assertThatThrownBy(() -> downloads.requestDownload(Language.EN))
                .isInstanceOfSatisfying(
                        DownloadRefusedException.class,
                        refused ->
                                assertThat(refused.reason()).isEqualTo(DownloadRefusedException.Reason.RATE_LIMITED));
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ?"
                                + " AND action = 'ARCHIVE_DOWNLOAD_REFUSED'",
                        rika.customerId()))
                .isOne();
    }

    @Test
    void a_download_older_than_an_hour_no_longer_counts_against_the_limit() {
        AccountPrincipal rika = data.richCustomer("Later");
        signedIn(rika, Duration.ZERO);
        for (int i = 0; i < DownloadService.DOWNLOADS_PER_HOUR; i++) {
            data.update(
                    "INSERT INTO audit_event (occurred_at, actor_name, subject_customer_id, action"
                            + " , target_type, details) VALUES (UTC_TIMESTAMP(6) - INTERVAL 61 MINUTE, 'Rika', ?, 'ARCHIVE_DOWNLOADED',"
                            + " 'archive', '{}')",
                    rika.customerId());
        }

        assertThat(downloads.requestDownload(Language.EN)).isNotBlank();
    }

    @Test
    void parallel_redemptions_are_counted_one_after_the_other_under_the_customers_row_lock() throws Exception {
        AccountPrincipal rika = data.richCustomer("Parallel");
        Authentication fresh = signedIn(rika, Duration.ZERO);
        for (int i = 0; i < DownloadService.DOWNLOADS_PER_HOUR - 1; i++) {
            assertThat(fetch(downloads.requestDownload(Language.EN), fresh).getStatus())
                    .isEqualTo(200);
        }
        List<String> tickets = List.of(downloads.requestDownload(Language.EN), downloads.requestDownload(Language.EN));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> redemptions;
            boolean bothWaiting;
            // another transaction holds the customer's row, so both redemptions are in progress at once
            try (CustomerRowLock lock = CustomerRowLock.hold(transactions, data, rika.customerId())) {
                redemptions = tickets.stream()
                        .map(ticket -> pool.submit(() -> redeemAs(fresh, ticket)))
                        .toList();
                bothWaiting = lock.awaitWaiting(2, Duration.ofSeconds(10));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> redemption : redemptions) {
                outcomes.add(redemption.get(10, TimeUnit.SECONDS));
            }

            assertThat(bothWaiting)
                    .as("both redemptions waited for the row at the same time")
                    .isTrue();
            assertThat(outcomes).containsExactlyInAnyOrder("DOWNLOADED", "RATE_LIMITED");
            assertThat(data.count(
                            "SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ?"
                                    + " AND action = 'ARCHIVE_DOWNLOADED'",
                            rika.customerId()))
                    .isEqualTo(DownloadService.DOWNLOADS_PER_HOUR);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_account_holds_at_most_two_unused_tickets() {
        AccountPrincipal rika = data.richCustomer("Open");
        signedIn(rika, Duration.ZERO);
        downloads.requestDownload(Language.EN);
        String second = downloads.requestDownload(Language.EN);

        assertThatThrownBy(() -> downloads.requestDownload(Language.EN))
                .isInstanceOfSatisfying(
                        DownloadRefusedException.class,
                        refused ->
                                assertThat(refused.reason()).isEqualTo(DownloadRefusedException.Reason.TICKETS_OPEN));
        assertThat(downloads.progress(second)).isEqualTo(DownloadProgress.WAITING);
    }

    private String redeemAs(Authentication authentication, String ticket) {
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            downloads.redeem(ticket);
            return "DOWNLOADED";
        } catch (DownloadRefusedException refused) {
            return refused.reason().name();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void nobody_signed_in_is_sent_to_sign_in_and_staff_are_refused() throws Exception {
        assertThat(mvc.perform(get(ArchiveController.ARCHIVE + "anything"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(302, 401);
        AccountPrincipal admin = data.staffPrincipal(be.cloudgroup.privacy.account.Role.ADMIN);
        assertThat(mvc.perform(get(ArchiveController.ARCHIVE + "anything")
                                .with(authentication(OidcAccount.authentication(admin, clock.instant()))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    /** Signs the account in as the OIDC login would, {@code ago} before now, for services and requests alike. */
    private Authentication signedIn(AccountPrincipal account, Duration ago) {
        Authentication authentication =
                OidcAccount.authentication(account, clock.instant().minus(ago));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    private MockHttpServletResponse fetch(String ticket, Authentication authentication) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get(ArchiveController.ARCHIVE + ticket).with(authentication(authentication)))
                .andReturn()
                .getResponse();
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return response;
    }
}
