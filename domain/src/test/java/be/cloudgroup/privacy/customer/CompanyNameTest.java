package be.cloudgroup.privacy.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyNameTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Janssens & Zonen BV          | Janssens & Zonen BV",
                "'  Brouwerij   De Klok  nv ' | Brouwerij De Klok nv",
                "'Café\u00A0Central'          | Café Central",
            })
    void a_valid_name_is_trimmed_with_inner_whitespace_collapsed(String input, String canonical) {
        assertThat(CompanyName.valueOf(input)).hasToString(canonical).isEqualTo(CompanyName.valueOf(canonical));
        assertThat(CompanyName.isValid(input)).isTrue();
    }

    @Test
    void a_name_of_exactly_the_maximum_length_is_accepted() {
        assertThat(CompanyName.valueOf("c".repeat(CompanyName.MAX_LENGTH)).toString())
                .hasSize(120);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t \n"})
    void a_missing_name_is_required(String input) {
        assertThat(CompanyName.isValid(input)).isFalse();
        assertThatThrownBy(() -> CompanyName.valueOf(input))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("messageKey", "correction.validation.company-required");
    }

    @Test
    void a_too_long_name_is_refused_with_its_limit() {
        assertThat(CompanyName.isValid("c".repeat(121))).isFalse();
        assertThatThrownBy(() -> CompanyName.valueOf("c".repeat(121)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("messageKey", "correction.validation.name-too-long")
                .satisfies(
                        e -> assertThat(((InvalidValueException) e).arguments()).containsExactly(120));
    }
}
