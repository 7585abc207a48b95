package be.cloudgroup.privacy.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VatNumberTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // Belgian numbers of real companies; each passes the mod-97 check
                "BE0403.170.701     | BE0403170701   | BE",
                "BE0202.239.951     | BE0202239951   | BE",
                "be 0417 497 106    | BE0417497106   | BE",
                "BE 0473-416-418    | BE0473416418   | BE",
                "BE0400378485       | BE0400378485   | BE",
                // an old 9-digit Belgian number gets its leading 0
                "BE 403.170.701     | BE0403170701   | BE",
                // other EU countries, by format only
                "ATU12345678        | ATU12345678    | AT",
                "BG 1234567890      | BG1234567890   | BG",
                "CY12345678L        | CY12345678L    | CY",
                "CZ 12345678        | CZ12345678     | CZ",
                "DE 123 456 789     | DE123456789    | DE",
                "DK12345678         | DK12345678     | DK",
                "EE123456789        | EE123456789    | EE",
                "EL123456789        | EL123456789    | EL",
                "ESX1234567L        | ESX1234567L    | ES",
                "es a12345678       | ESA12345678    | ES",
                "FI12345678         | FI12345678     | FI",
                "FR 40 303 265 045  | FR40303265045  | FR",
                "FRK7399859412      | FRK7399859412  | FR",
                "HR12345678901      | HR12345678901  | HR",
                "HU12345678         | HU12345678     | HU",
                "IE1234567WA        | IE1234567WA    | IE",
                "IE8Z49289F         | IE8Z49289F     | IE",
                "IT12345678901      | IT12345678901  | IT",
                "LT123456789012     | LT123456789012 | LT",
                "LU12345678         | LU12345678     | LU",
                "LV12345678901      | LV12345678901  | LV",
                "MT12345678         | MT12345678     | MT",
                "NL123456789B01     | NL123456789B01 | NL",
                "nl 1234.56.789.b01 | NL123456789B01 | NL",
                "PL1234567890       | PL1234567890   | PL",
                "PT123456789        | PT123456789    | PT",
                "RO12               | RO12           | RO",
                "SE123456789701     | SE123456789701 | SE",
                "SI12345678         | SI12345678     | SI",
                "SK1234567890       | SK1234567890   | SK",
                "XI123456789        | XI123456789    | XI",
                "XIGD123            | XIGD123        | XI",
            })
    void a_valid_number_gets_its_canonical_form(String input, String canonical, String country) {
        VatNumber vatNumber = VatNumber.valueOf(input);

        assertThat(vatNumber).hasToString(canonical);
        assertThat(vatNumber.country()).isEqualTo(country);
        assertThat(canonical.length()).isLessThanOrEqualTo(VatNumber.MAX_LENGTH);
        assertThat(VatNumber.isValid(input)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", " . "})
    void a_missing_number_is_required(String input) {
        assertRejected(input, "validation.vat.required");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // no or an unknown country prefix (Greece is EL in VIES, not GR)
                "0403.170.701       | validation.vat.country",
                "B                  | validation.vat.country",
                "US123456789        | validation.vat.country",
                "GB123456789        | validation.vat.country",
                "GR123456789        | validation.vat.country",
                // Belgian format: 10 digits starting with 0 or 1
                "BE2403170701       | validation.vat.format",
                "BE04031707         | validation.vat.format",
                "BE04031707011      | validation.vat.format",
                "BE0403A70701       | validation.vat.format",
                "BE                 | validation.vat.format",
                // Belgian mod-97 check: typos in the digits
                "BE0403.170.702     | validation.vat.checksum",
                "BE0403.170.710     | validation.vat.checksum",
                "BE0430.170.701     | validation.vat.checksum",
                "BE 403.170.702     | validation.vat.checksum",
                // other countries' formats
                "ATU1234567         | validation.vat.format",
                "AT12345678         | validation.vat.format",
                "DE12345678         | validation.vat.format",
                "NL123456789        | validation.vat.format",
                "NL123456789A01     | validation.vat.format",
                "FR123456789        | validation.vat.format",
                "SE123456789702     | validation.vat.format",
                "RO0123             | validation.vat.format",
                "EL12345678X        | validation.vat.format",
                "XI12345            | validation.vat.format",
            })
    void an_invalid_number_is_rejected_with_a_precise_reason(String input, String messageKey) {
        assertRejected(input, messageKey);
    }

    @Test
    void a_wrong_checksum_is_rejected() {
        assertRejected("BE0403170702", "validation.vat.checksum");
    }

    @Test
    void the_same_number_in_different_notations_is_equal() {
        assertThat(VatNumber.valueOf("BE0403.170.701"))
                .isEqualTo(VatNumber.valueOf("be 403170701"))
                .hasSameHashCodeAs(VatNumber.valueOf("BE0403170701"));
    }

    private static void assertRejected(String input, String messageKey) {
        assertThatThrownBy(() -> VatNumber.valueOf(input))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).messageKey())
                .isEqualTo(messageKey);
        assertThat(VatNumber.isValid(input)).isFalse();
    }
}
