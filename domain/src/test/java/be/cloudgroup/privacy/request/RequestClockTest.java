package be.cloudgroup.privacy.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestClockTest {

    @ParameterizedTest(name = "received {0} → due {1}")
    @CsvSource({
        "2026-01-15, 2026-02-15",
        "2026-01-31, 2026-02-28",
        "2028-01-31, 2028-02-29",
        "2026-01-29, 2026-02-28",
        "2028-01-29, 2028-02-29",
        "2026-04-30, 2026-05-30",
        "2026-03-31, 2026-04-30",
        "2026-05-31, 2026-06-30",
        "2026-12-31, 2027-01-31",
        "2028-02-29, 2028-03-29",
        "2026-08-31, 2026-09-30"
    })
    void a_request_is_due_one_calendar_month_after_receipt_or_on_the_last_day_of_a_shorter_month(
            LocalDate received, LocalDate due) {
        assertThat(RequestClock.dueOn(received)).isEqualTo(due);
    }

    @ParameterizedTest(name = "received {0}, extended by {1} → due {2}")
    @CsvSource({
        "2026-01-31, 1, 2026-03-31",
        "2026-01-31, 2, 2026-04-30",
        "2027-11-30, 2, 2028-02-29",
        "2026-04-30, 2, 2026-07-30"
    })
    void an_extension_counts_further_calendar_months_from_receipt(LocalDate received, int months, LocalDate due) {
        assertThat(RequestClock.dueOn(received, months)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0} is received on {1} in Brussels")
    @CsvSource({
        "2026-01-31T22:59:59Z, 2026-01-31",
        "2026-01-31T23:00:00Z, 2026-02-01",
        "2026-06-30T21:59:59Z, 2026-06-30",
        "2026-06-30T22:00:00Z, 2026-07-01",
        "2026-03-29T00:30:00Z, 2026-03-29"
    })
    void the_day_of_receipt_is_the_calendar_day_in_brussels_summer_and_winter(Instant at, LocalDate day) {
        assertThat(RequestClock.receivedOn(at)).isEqualTo(day);
    }

    @Test
    void days_left_are_zero_on_the_due_day_and_negative_once_it_has_passed_in_brussels() {
        LocalDate due = LocalDate.of(2026, 2, 28);

        assertThat(RequestClock.daysLeft(due, Instant.parse("2026-02-21T10:00:00Z")))
                .isEqualTo(7);
        assertThat(RequestClock.daysLeft(due, Instant.parse("2026-02-28T22:59:00Z")))
                .isZero();
        assertThat(RequestClock.daysLeft(due, Instant.parse("2026-02-28T23:00:00Z")))
                .isEqualTo(-1);
    }

    @Test
    void the_due_day_ends_at_midnight_in_brussels() {
        assertThat(RequestClock.endOf(LocalDate.of(2026, 7, 1)))
                .isBefore(Instant.parse("2026-07-01T22:00:00Z"))
                .isAfter(Instant.parse("2026-07-01T21:59:59Z"));
    }

    @Test
    void an_extension_of_more_than_two_months_does_not_exist() {
        assertThatThrownBy(() -> RequestClock.dueOn(LocalDate.of(2026, 1, 1), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
