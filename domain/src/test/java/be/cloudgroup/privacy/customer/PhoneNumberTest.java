package be.cloudgroup.privacy.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // Belgian mobiles in the notations people use
                "0470 12 34 56          | +32470123456 | true",
                "0470/12.34.56          | +32470123456 | true",
                "(0470) 12-34-56        | +32470123456 | true",
                "0470123456             | +32470123456 | true",
                "+32 470 12 34 56       | +32470123456 | true",
                "0032 470 12 34 56      | +32470123456 | true",
                "+32 (0)470 12 34 56    | +32470123456 | true",
                "0499.99.88.77          | +32499998877 | true",
                // Belgian landlines (Liège's 04 zone has 8 digits, like the others)
                "04 222 33 44           | +3242223344  | false",
                "02 123 45 67           | +3221234567  | false",
                "02/123.45.67           | +3221234567  | false",
                "+32 2 123 45 67        | +3221234567  | false",
                "+32 (0)2 123 45 67     | +3221234567  | false",
                "09 234 56 78           | +3292345678  | false",
                "011 12 34 56           | +3211123456  | false",
                // other countries: E.164 only, mobile unknown
                "+31 6 12345678         | +31612345678 | false",
                "0044 20 7946 0958      | +442079460958 | false",
                "+1 (415) 555-2671      | +14155552671 | false",
                "+49 30 123456          | +4930123456  | false",
                "+123456789012345       | +123456789012345 | false",
            })
    void a_valid_number_is_normalised_to_e164(String input, String canonical, boolean mobile) {
        PhoneNumber number = PhoneNumber.valueOf(input);

        assertThat(number).hasToString(canonical);
        assertThat(number.isMobile()).isEqualTo(mobile);
        assertThat(canonical.length()).isLessThanOrEqualTo(PhoneNumber.MAX_LENGTH);
        assertThat(PhoneNumber.isValid(input)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", " \t "})
    void a_missing_number_is_required(String input) {
        assertRejected(input, "validation.phone.required");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // not a phone number at all
                "abc                    | validation.phone.format",
                "0470 12 34 5x          | validation.phone.format",
                "+32 470 12 34 56 ext 1 | validation.phone.format",
                "++32470123456          | validation.phone.format",
                "32+470123456           | validation.phone.format",
                // no country can be derived
                "470 12 34 56           | validation.phone.format",
                // E.164: country code cannot start with 0, 8 to 15 digits
                "+0470123456            | validation.phone.format",
                "00 0470 12 34 56       | validation.phone.format",
                "+31 6 123              | validation.phone.format",
                "+1234567890123456      | validation.phone.format",
                // the trunk 0 written after the Belgian country code
                "+32 0470 12 34 56      | validation.phone.format",
                // Belgian numbers of the wrong length
                "0470 12 3              | validation.phone.belgian-length",
                "0470 12 34 567         | validation.phone.belgian-length",
                "02 123 45 6            | validation.phone.belgian-length",
                "02 123 45 678          | validation.phone.belgian-length",
                "+32 2 123 45 678       | validation.phone.belgian-length",
                "0                      | validation.phone.belgian-length",
            })
    void an_invalid_number_is_rejected_with_a_precise_reason(String input, String messageKey) {
        assertRejected(input, messageKey);
    }

    @Test
    void the_same_number_in_different_notations_is_equal() {
        assertThat(PhoneNumber.valueOf("0470 12 34 56"))
                .isEqualTo(PhoneNumber.valueOf("+32470123456"))
                .hasSameHashCodeAs(PhoneNumber.valueOf("0032 (0)470/12.34.56"));
    }

    private static void assertRejected(String input, String messageKey) {
        assertThatThrownBy(() -> PhoneNumber.valueOf(input))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).messageKey())
                .isEqualTo(messageKey);
        assertThat(PhoneNumber.isValid(input)).isFalse();
    }
}
