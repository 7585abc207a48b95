package be.cloudgroup.privacy.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.audit.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestRulesTest {

    private static final Instant RECEIVED = Instant.parse("2026-01-31T09:00:00Z");
    private static final Actor CUSTOMER = new Actor(1L, "Rika");
    private static final Actor HANDLER = new Actor(2L, "Sam Support");

    private final List<RequestEvent> events = new ArrayList<>(List.of(RequestEvent.filed(RECEIVED, CUSTOMER)));

    private RequestHistory history() {
        return new RequestHistory(RequestClock.receivedOn(RECEIVED), events);
    }

    @Test
    void a_new_request_is_received_and_due_one_month_later() {
        assertThat(history().status()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(history().dueOn()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(history().daysLeft(Instant.parse("2026-02-20T12:00:00Z"))).contains(8L);
    }

    @Test
    void one_extension_by_two_months_with_a_reason_moves_the_due_day_and_is_remembered() {
        Instant now = Instant.parse("2026-02-20T12:00:00Z");
        RequestRules.checkExtension(history(), 2, "Many systems to search", now);
        events.add(RequestEvent.extended(now, HANDLER, 2, "Many systems to search"));

        assertThat(history().dueOn()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(history().originalDueOn()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(history().extensionReason()).contains("Many systems to search");
    }

    @Test
    void a_second_extension_is_refused() {
        Instant now = Instant.parse("2026-02-10T12:00:00Z");
        events.add(RequestEvent.extended(now, HANDLER, 1, "First"));

        assertThatThrownBy(() -> RequestRules.checkExtension(history(), 1, "Again", now))
                .isInstanceOf(RequestRefusedException.class)
                .hasMessageContaining("only once");
    }

    @Test
    void an_extension_of_zero_or_three_months_is_refused() {
        Instant now = Instant.parse("2026-02-10T12:00:00Z");

        assertThatThrownBy(() -> RequestRules.checkExtension(history(), 3, "Long", now))
                .isInstanceOf(RequestRefusedException.class);
        assertThatThrownBy(() -> RequestRules.checkExtension(history(), 0, "None", now))
                .isInstanceOf(RequestRefusedException.class);
    }

    @Test
    void an_extension_without_a_reason_is_refused() {
        Instant now = Instant.parse("2026-02-10T12:00:00Z");

        assertThatThrownBy(() -> RequestRules.checkExtension(history(), 1, "  ", now))
                .isInstanceOf(RequestRefusedException.class)
                .extracting(e -> ((RequestRefusedException) e).messageKey())
                .isEqualTo("request.refused.extension-reason");
    }

    @Test
    void an_extension_after_the_first_month_is_refused_because_the_customer_must_be_told_within_it() {
        RequestRules.checkExtension(history(), 1, "In time", Instant.parse("2026-02-28T22:00:00Z"));

        assertThatThrownBy(
                        () -> RequestRules.checkExtension(history(), 1, "Late", Instant.parse("2026-02-28T23:30:00Z")))
                .isInstanceOf(RequestRefusedException.class)
                .hasMessageContaining("first month");
    }

    @Test
    void a_refusal_without_a_ground_or_without_a_reason_is_refused() {
        assertThatThrownBy(() -> RequestRules.checkClose(history(), RequestStatus.REFUSED, null, "Repetitive"))
                .isInstanceOf(RequestRefusedException.class)
                .hasMessageContaining("ground");
        assertThatThrownBy(() -> RequestRules.checkClose(
                        history(), RequestStatus.REFUSED, RefusalGround.MANIFESTLY_UNFOUNDED_OR_EXCESSIVE, " "))
                .isInstanceOf(RequestRefusedException.class);

        RequestRules.checkClose(
                history(),
                RequestStatus.REFUSED,
                RefusalGround.MANIFESTLY_UNFOUNDED_OR_EXCESSIVE,
                "The fifth identical request this month");
    }

    @Test
    void a_closed_request_takes_no_further_step_and_cannot_be_withdrawn() {
        events.add(RequestEvent.closed(RECEIVED.plusSeconds(60), HANDLER, RequestStatus.COMPLETED, null, "Done"));

        assertThat(history().status()).isEqualTo(RequestStatus.COMPLETED);
        assertThat(history().daysLeft(RECEIVED)).isEmpty();
        assertThatThrownBy(() -> RequestRules.checkWithdrawal(history())).isInstanceOf(RequestRefusedException.class);
        assertThatThrownBy(() -> RequestRules.checkMessage(history(), "Hello?"))
                .isInstanceOf(RequestRefusedException.class);
        assertThatThrownBy(() -> RequestRules.checkStatusChange(history(), RequestStatus.IN_PROGRESS))
                .isInstanceOf(RequestRefusedException.class);
    }

    @Test
    void an_open_request_can_be_withdrawn_and_is_then_closed() {
        events.add(RequestEvent.statusChanged(RECEIVED.plusSeconds(60), HANDLER, RequestStatus.IN_PROGRESS));
        RequestRules.checkWithdrawal(history());
        events.add(RequestEvent.withdrawn(RECEIVED.plusSeconds(120), CUSTOMER));

        assertThat(history().status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(history().closing()).isPresent();
    }

    @Test
    void a_status_change_cannot_close_a_request() {
        assertThatThrownBy(() -> RequestRules.checkStatusChange(history(), RequestStatus.COMPLETED))
                .isInstanceOf(RequestRefusedException.class);
    }

    @Test
    void the_customers_answer_puts_a_request_waiting_for_them_back_in_progress() {
        events.add(RequestEvent.statusChanged(RECEIVED.plusSeconds(60), HANDLER, RequestStatus.WAITING_FOR_CUSTOMER));
        events.add(RequestEvent.message(RECEIVED.plusSeconds(120), CUSTOMER, false, "Here is the document"));

        assertThat(history().status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(history().messages()).hasSize(1);
    }

    @Test
    void the_last_assignment_names_the_handler() {
        events.add(RequestEvent.assigned(RECEIVED.plusSeconds(60), HANDLER));

        assertThat(history().assigneeName()).contains("Sam Support");
        assertThat(history().assigneeAccountId()).contains(2L);
    }
}
