package be.cloudgroup.privacy.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.AuthenticatedAccount;
import be.cloudgroup.privacy.account.CurrentAccount;
import be.cloudgroup.privacy.account.RateLimitedException;
import be.cloudgroup.privacy.account.RateLimiter;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.AuditEvent;
import be.cloudgroup.privacy.audit.Auditor;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.shared.MovingClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The download rules that need no database: the assist-session seam and ticket ownership. */
class DownloadServiceTest {

    private static final AccountPrincipal RIKA =
            new AccountPrincipal(7, "Rika", Set.of(Role.CUSTOMER), 70L, "CG00000070");
    private static final AccountPrincipal OTTO =
            new AccountPrincipal(8, "Otto", Set.of(Role.CUSTOMER), 80L, "CG00000080");

    private final List<AuditEvent> audit = new ArrayList<>();
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-26T07:00:00Z"));
    private final DownloadTickets tickets = new DownloadTickets(clock);
    private long downloadsInTheLastHour;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void during_an_assist_session_no_download_is_handed_out_and_the_refusal_is_audited() {
        DownloadService service = service(true);
        signIn(RIKA);

        assertThatThrownBy(() -> service.requestDownload(Language.NL))
                .isInstanceOfSatisfying(
                        DownloadRefusedException.class,
                        refused ->
                                assertThat(refused.reason()).isEqualTo(DownloadRefusedException.Reason.ASSIST_SESSION));
        assertThat(audit).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.ARCHIVE_DOWNLOAD_REFUSED);
            assertThat(event.subjectCustomerId()).isEqualTo(70L);
        });
    }

    @Test
    void only_the_account_that_asked_for_a_ticket_sees_its_progress() {
        DownloadService service = service(false);
        signIn(RIKA);
        String ticket = service.requestDownload(Language.EN);
        assertThat(service.progress(ticket)).isEqualTo(DownloadProgress.WAITING);

        signIn(OTTO);

        assertThatThrownBy(() -> service.progress(ticket)).isInstanceOf(DownloadNotFoundException.class);
    }

    @Test
    void an_unknown_ticket_is_not_found_and_audited_on_the_callers_own_record() {
        DownloadService service = service(false);
        signIn(OTTO);

        assertThatThrownBy(() -> service.redeem("made-up")).isInstanceOf(DownloadNotFoundException.class);
        assertThat(audit).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.ARCHIVE_TICKET_REFUSED);
            assertThat(event.subjectCustomerId()).isEqualTo(80L);
        });
    }

    @Test
    void a_ticket_unused_for_two_minutes_is_expired_and_no_longer_holds_a_place() {
        DownloadService service = service(false);
        signIn(RIKA);
        String first = service.requestDownload(Language.EN);
        String second = service.requestDownload(Language.EN);

        clock.advance(DownloadTickets.VALID_FOR.plusSeconds(1));

        assertThatThrownBy(() -> service.redeem(first)).isInstanceOf(DownloadNotFoundException.class);
        assertThat(service.progress(second)).isEqualTo(DownloadProgress.FAILED);
        assertThat(service.requestDownload(Language.EN)).isNotBlank();
    }

    @Test
    void the_hourly_limit_is_checked_again_when_the_ticket_is_redeemed() {
        DownloadService service = service(false);
        signIn(RIKA);
        String ticket = service.requestDownload(Language.EN);
        downloadsInTheLastHour = DownloadService.DOWNLOADS_PER_HOUR;

        assertThatThrownBy(() -> service.redeem(ticket))
                .isInstanceOfSatisfying(
                        DownloadRefusedException.class,
                        refused ->
                                assertThat(refused.reason()).isEqualTo(DownloadRefusedException.Reason.RATE_LIMITED));
        assertThat(audit)
                .singleElement()
                .satisfies(event -> assertThat(event.action()).isEqualTo(AuditAction.ARCHIVE_DOWNLOAD_REFUSED));
    }

    @Test
    void presenting_unknown_tickets_over_and_over_is_stopped_by_the_accounts_rate_limit() {
        DownloadService service = service(false);
        signIn(OTTO);
        for (int i = 0; i < RateLimiter.CAPACITY; i++) {
            assertThatThrownBy(() -> service.redeem("guess")).isInstanceOf(DownloadNotFoundException.class);
        }

        assertThatThrownBy(() -> service.redeem("guess")).isInstanceOf(RateLimitedException.class);
        assertThat(audit).hasSize(RateLimiter.CAPACITY);
    }

    private DownloadService service(boolean assisting) {
        return new DownloadService(
                null,
                tickets,
                new DownloadLog() {
                    @Override
                    public long downloadsSince(long customerId, Instant since) {
                        return downloadsInTheLastHour;
                    }

                    @Override
                    public void lockCustomer(long customerId) {}
                },
                () -> assisting,
                new Auditor(audit::add, clock, () -> CurrentAccount.get().map(AccountPrincipal::actor)),
                clock,
                new RateLimiter(clock));
    }

    private static void signIn(AccountPrincipal account) {
        AuthenticatedAccount principal = () -> account;
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
    }
}
