package be.cloudgroup.privacy.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestReferenceTest {

    @Test
    void a_reference_is_the_year_and_a_number_of_at_least_six_digits() {
        assertThat(RequestReference.of(2026, 123)).hasToString("PR-2026-000123");
        assertThat(RequestReference.of(2026, 1_234_567)).hasToString("PR-2026-1234567");
        assertThat(RequestReference.valueOf(" pr-2026-000123 ")).isEqualTo(RequestReference.of(2026, 123));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "PR-2026-123", "PR-26-000123", "RQ-2026-000123", "PR-2026-000123x", "PR-2026-0001234567890"})
    void anything_else_is_not_a_reference(String text) {
        assertThat(RequestReference.isValid(text)).isFalse();
        assertThatThrownBy(() -> RequestReference.valueOf(text)).isInstanceOf(InvalidValueException.class);
    }
}
