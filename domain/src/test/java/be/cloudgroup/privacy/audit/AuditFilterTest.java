package be.cloudgroup.privacy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.shared.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

    @Test
    void a_blank_actor_is_no_filter_and_a_given_one_is_trimmed() {
        assertThat(new AuditFilter("  ", null, null, null, null).actor()).isNull();
        assertThat(new AuditFilter(" Jan ", null, null, null, null).actor()).isEqualTo("Jan");
    }

    @Test
    void an_actor_longer_than_any_stored_name_is_refused() {
        assertThatThrownBy(() -> new AuditFilter("x".repeat(Actor.MAX_NAME_LENGTH + 1), null, null, null, null))
                .isInstanceOf(InvalidValueException.class)
                .extracting("messageKey")
                .isEqualTo("audit.filter.actor-too-long");
    }

    @Test
    void the_first_day_cannot_come_after_the_last() {
        assertThatThrownBy(() -> new AuditFilter(null, null, null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(InvalidValueException.class)
                .extracting("messageKey")
                .isEqualTo("audit.filter.range");
        assertThat(new AuditFilter(null, null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)).to())
                .isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void days_are_belgian_calendar_days_with_both_ends_included() {
        AuditFilter winter = new AuditFilter(null, null, null, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 10));
        assertThat(winter.fromInstant()).isEqualTo(Instant.parse("2026-01-09T23:00:00Z"));
        assertThat(winter.untilInstant()).isEqualTo(Instant.parse("2026-01-10T23:00:00Z"));
        AuditFilter summer = new AuditFilter(null, null, null, LocalDate.of(2026, 7, 1), null);
        assertThat(summer.fromInstant()).isEqualTo(Instant.parse("2026-06-30T22:00:00Z"));
        assertThat(summer.untilInstant()).isNull();
    }
}
