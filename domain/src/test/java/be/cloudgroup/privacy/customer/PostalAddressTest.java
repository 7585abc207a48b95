package be.cloudgroup.privacy.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.shared.InvalidValueException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PostalAddressTest {

    // In these tables an empty column is null and '' is an empty string.
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Kerkstraat        | 12   |      | 1000     | Brussel    | BE | Kerkstraat 12, 1000 Brussel, BE",
                "'  Rue  de la Loi '| ' 16 ' | ' 3 ' | ' 1000 ' | ' Bruxelles ' | ' be ' | Rue de la Loi 16 box 3, 1000 Bruxelles, BE",
                "Aachener Straße   | 5    | ''   | 4700     | Eupen      | be | Aachener Straße 5, 4700 Eupen, BE",
                "Dorpstraat        | 1A   | 0.1  | 9992     | Middelburg | BE | Dorpstraat 1A box 0.1, 9992 Middelburg, BE",
                "Damrak            | 1    |      | 1012 lg  | Amsterdam  | nl | Damrak 1, 1012 LG Amsterdam, NL",
                "Baker Street      | 221B |      | NW1 6XE  | London     | GB | Baker Street 221B, NW1 6XE London, GB",
                "Rue de Rivoli     | 99   |      | 75001    | Paris      | FR | Rue de Rivoli 99, 75001 Paris, FR",
                "Grand-Rue         | 1    |      | L-1661   | Luxembourg | LU | Grand-Rue 1, L-1661 Luxembourg, LU",
            })
    void a_valid_address_is_normalised(
            String street,
            String houseNumber,
            String box,
            String postalCode,
            String city,
            String country,
            String canonical) {
        assertThat(PostalAddress.valueOf(street, houseNumber, box, postalCode, city, country))
                .hasToString(canonical);
        assertThat(PostalAddress.isValid(street, houseNumber, box, postalCode, city, country))
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // required parts
                "           | 12 |   | 1000  | Brussel | BE | validation.address.street-required",
                "'   '      | 12 |   | 1000  | Brussel | BE | validation.address.street-required",
                "Kerkstraat |    |   | 1000  | Brussel | BE | validation.address.house-number-required",
                "Kerkstraat | '' |   | 1000  | Brussel | BE | validation.address.house-number-required",
                "Kerkstraat | 12 |   |       | Brussel | BE | validation.address.postal-code-required",
                "Kerkstraat | 12 |   | ' '   | Brussel | BE | validation.address.postal-code-required",
                "Kerkstraat | 12 |   | 1000  |         | BE | validation.address.city-required",
                "Kerkstraat | 12 |   | 1000  | ' '     | BE | validation.address.city-required",
                // the country: ISO 3166-1 alpha-2 and existing
                "Kerkstraat | 12 |   | 1000  | Brussel |    | validation.address.country",
                "Kerkstraat | 12 |   | 1000  | Brussel | '' | validation.address.country",
                "Kerkstraat | 12 |   | 1000  | Brussel | B  | validation.address.country",
                "Kerkstraat | 12 |   | 1000  | Brussel | BEL | validation.address.country",
                "Kerkstraat | 12 |   | 1000  | Brussel | XX | validation.address.country",
                "Kerkstraat | 12 |   | 1000  | Brussel | B1 | validation.address.country",
                // Belgian postal codes: four digits from 1000 to 9992
                "Kerkstraat | 12 |   | 0999  | Brussel | BE | validation.address.belgian-postal-code",
                "Kerkstraat | 12 |   | 999   | Brussel | BE | validation.address.belgian-postal-code",
                "Kerkstraat | 12 |   | 9993  | Brussel | BE | validation.address.belgian-postal-code",
                "Kerkstraat | 12 |   | 10000 | Brussel | BE | validation.address.belgian-postal-code",
                "Kerkstraat | 12 |   | B-1000 | Brussel | BE | validation.address.belgian-postal-code",
                "Kerkstraat | 12 |   | 1000 AB | Brussel | BE | validation.address.belgian-postal-code",
            })
    void an_invalid_address_is_rejected_with_a_precise_reason(
            String street,
            String houseNumber,
            String box,
            String postalCode,
            String city,
            String country,
            String messageKey) {
        assertThatThrownBy(() -> PostalAddress.valueOf(street, houseNumber, box, postalCode, city, country))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).messageKey())
                .isEqualTo(messageKey);
        assertThat(PostalAddress.isValid(street, houseNumber, box, postalCode, city, country))
                .isFalse();
    }

    @ParameterizedTest
    @MethodSource("tooLongParts")
    void a_too_long_part_is_rejected_naming_its_maximum_length(
            String street, String houseNumber, String box, String postalCode, String city, int maxLength) {
        assertThatThrownBy(() -> PostalAddress.valueOf(street, houseNumber, box, postalCode, city, "NL"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("validation.address.too-long");
                    assertThat(e.arguments()).containsExactly(maxLength);
                });
    }

    static Stream<Arguments> tooLongParts() {
        return Stream.of(
                Arguments.of("s".repeat(101), "1", null, "1012", "Amsterdam", PostalAddress.STREET_MAX_LENGTH),
                Arguments.of(
                        "Damrak", "1".repeat(11), null, "1012", "Amsterdam", PostalAddress.HOUSE_NUMBER_MAX_LENGTH),
                Arguments.of("Damrak", "1", "b".repeat(11), "1012", "Amsterdam", PostalAddress.BOX_MAX_LENGTH),
                Arguments.of("Damrak", "1", null, "1".repeat(11), "Amsterdam", PostalAddress.POSTAL_CODE_MAX_LENGTH),
                Arguments.of("Damrak", "1", null, "1012", "c".repeat(61), PostalAddress.CITY_MAX_LENGTH));
    }

    @Test
    void parts_of_exactly_the_maximum_length_are_accepted() {
        PostalAddress address = PostalAddress.valueOf(
                "s".repeat(100), "1".repeat(10), "b".repeat(10), "p".repeat(10), "c".repeat(60), "NL");

        assertThat(address.street()).hasSize(PostalAddress.STREET_MAX_LENGTH);
        assertThat(address.city()).hasSize(PostalAddress.CITY_MAX_LENGTH);
    }

    @Test
    void the_box_is_optional() {
        PostalAddress withoutBox = PostalAddress.valueOf("Kerkstraat", "12", "  ", "1000", "Brussel", "BE");
        PostalAddress withBox = PostalAddress.valueOf("Kerkstraat", "12", "3", "1000", "Brussel", "BE");

        assertThat(withoutBox.box()).isEmpty();
        assertThat(withBox.box()).contains("3");
        assertThat(withoutBox).isNotEqualTo(withBox);
    }

    @Test
    void addresses_with_the_same_normalised_parts_are_equal() {
        PostalAddress address = PostalAddress.valueOf("Kerkstraat", "12", null, "1000", "Brussel", "BE");

        assertThat(PostalAddress.valueOf(" Kerkstraat ", "12", "", "1000", "Brussel", "be"))
                .isEqualTo(address)
                .hasSameHashCodeAs(address);
        assertThat(address.street()).isEqualTo("Kerkstraat");
        assertThat(address.houseNumber()).isEqualTo("12");
        assertThat(address.postalCode()).isEqualTo("1000");
        assertThat(address.city()).isEqualTo("Brussel");
        assertThat(address.country()).isEqualTo("BE");
    }
}
