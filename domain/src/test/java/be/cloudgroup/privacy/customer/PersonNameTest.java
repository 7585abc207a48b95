package be.cloudgroup.privacy.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PersonNameTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "An                    | Peeters          | An              | Peeters         | An Peeters",
                "'  Anne   Marie '     | ' Van  Damme '   | Anne Marie      | Van Damme       | Anne Marie Van Damme",
                "'Jean\u00A0Luc'       | 'De\tSmet'       | Jean Luc        | De Smet         | Jean Luc De Smet",
                "NULL                  | Peeters          | ''              | Peeters         | Peeters",
                "An                    | '   '            | An              | ''              | An",
                "NULL                  | NULL             | ''              | ''              | ''",
            })
    void a_valid_name_is_trimmed_with_inner_whitespace_collapsed_and_an_absent_part_is_empty(
            String first, String last, String canonicalFirst, String canonicalLast, String canonical) {
        PersonName name = PersonName.valueOf(first, last);

        assertThat(name.first()).isEqualTo(canonicalFirst);
        assertThat(name.last()).isEqualTo(canonicalLast);
        assertThat(name).hasToString(canonical).isEqualTo(PersonName.valueOf(canonicalFirst, canonicalLast));
        assertThat(PersonName.isValid(first, last)).isTrue();
    }

    @Test
    void names_of_exactly_the_maximum_lengths_are_accepted() {
        String first = "f".repeat(PersonName.FIRST_NAME_MAX_LENGTH);
        String last = "l".repeat(PersonName.LAST_NAME_MAX_LENGTH);

        assertThat(PersonName.valueOf(" " + first + " ", last).first()).isEqualTo(first);
        assertThat(PersonName.valueOf(first, last).last()).isEqualTo(last);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "61 | 1  | 60",
                "1  | 81 | 80",
                "61 | 81 | 60",
            })
    void a_too_long_part_is_refused_with_its_limit(int firstLength, int lastLength, int limit) {
        String first = "f".repeat(firstLength);
        String last = "l".repeat(lastLength);

        assertThat(PersonName.isValid(first, last)).isFalse();
        assertThatThrownBy(() -> PersonName.valueOf(first, last))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("messageKey", "correction.validation.name-too-long")
                .satisfies(
                        e -> assertThat(((InvalidValueException) e).arguments()).containsExactly(limit));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "PRIVATE  | true",
                "BUSINESS | false",
            })
    void only_a_private_customer_needs_both_names(CustomerType type, boolean required) {
        assertThat(PersonName.requiredFor(type)).isEqualTo(required);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "An   | ''",
                "''   | Peeters",
                "'  ' | ' '",
            })
    void a_private_customer_without_both_names_is_refused(String first, String last) {
        PersonName name = PersonName.valueOf(first, last);

        assertThat(name.isComplete()).isFalse();
        assertThatThrownBy(() -> name.requireFor(CustomerType.PRIVATE))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("messageKey", "correction.validation.name-required");
    }

    @ParameterizedTest
    @EnumSource(CustomerType.class)
    void a_complete_name_suits_every_customer(CustomerType type) {
        PersonName name = PersonName.valueOf("An", "Peeters");

        assertThat(name.requireFor(type)).isSameAs(name);
    }

    @Test
    void a_business_contact_person_may_be_unnamed() {
        assertThat(PersonName.valueOf(null, " ").requireFor(CustomerType.BUSINESS))
                .isEqualTo(PersonName.NONE);
        assertThat(PersonName.NONE.isEmpty()).isTrue();
    }
}
