package be.cloudgroup.privacy.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerNumberTest {

    @ParameterizedTest
    @CsvSource({
        "1,       CG00000018",
        "42,      CG00000422",
        "1234567, CG12345674",
        "7654321, CG76543214",
        "9999999, CG99999997",
    })
    void a_sequence_becomes_a_number_with_a_luhn_check_digit(int sequence, String canonical) {
        CustomerNumber number = CustomerNumber.of(sequence);

        assertThat(number).hasToString(canonical);
        assertThat(number.sequence()).isEqualTo(sequence);
        assertThat(CustomerNumber.valueOf(canonical)).isEqualTo(number).hasSameHashCodeAs(number);
        assertThat(canonical).hasSize(CustomerNumber.MAX_LENGTH);
    }

    @ParameterizedTest
    @CsvSource({
        "CG12345674,     CG12345674",
        "cg12345674,     CG12345674",
        "'  Cg00000018 ', CG00000018",
    })
    void a_valid_number_is_read_case_insensitively(String input, String canonical) {
        assertThat(CustomerNumber.valueOf(input)).hasToString(canonical);
        assertThat(CustomerNumber.isValid(input)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "  ",
                "CG1234567",
                "CG123456745",
                "XG12345674",
                "12345674",
                "CG 1234 5674",
                "CG1234567A",
                "CG00000000",
            })
    void a_malformed_number_is_rejected(String input) {
        assertRejected(input, "validation.customer-number.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CG12345675", "CG21345674", "CG12345764", "CG00000019"})
    void a_wrong_checksum_is_rejected(String input) {
        assertRejected(input, "validation.customer-number.checksum");
    }

    @Test
    void every_single_digit_typo_is_caught() {
        String valid = CustomerNumber.of(1234567).toString();
        for (int position = 2; position < valid.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == valid.charAt(position)) {
                    continue;
                }
                String typo = valid.substring(0, position) + digit + valid.substring(position + 1);
                assertThat(CustomerNumber.isValid(typo)).as(typo).isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 10_000_000})
    void a_sequence_out_of_range_is_a_programming_error(int sequence) {
        assertThatIllegalArgumentException().isThrownBy(() -> CustomerNumber.of(sequence));
    }

    private static void assertRejected(String input, String messageKey) {
        assertThatThrownBy(() -> CustomerNumber.valueOf(input))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).messageKey())
                .isEqualTo(messageKey);
        assertThat(CustomerNumber.isValid(input)).isFalse();
    }
}
