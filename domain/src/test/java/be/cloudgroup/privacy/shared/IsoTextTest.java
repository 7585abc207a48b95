package be.cloudgroup.privacy.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoTextTest {

    private final char[] out = new char[IsoText.MAX_LENGTH];

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "1970-01-01T00:00:00Z",
                "2026-11-26T08:35:45Z",
                "2024-02-29T23:59:59.100Z",
                "2000-03-01T00:00:00.000001Z",
                "1999-12-31T12:00:00.123456789Z",
                "0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999999999Z",
                "1900-02-28T01:02:03.010Z",
                "+10000-01-01T00:00:00Z",
                "-0001-12-31T00:00:00Z"
            })
    void instants_are_written_as_instant_to_string_writes_them(String text) {
        Instant instant = Instant.parse(text);
        assertThat(new String(out, 0, IsoText.instant(instant, out, 0))).isEqualTo(instant.toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "1970-01-01",
                "2024-02-29",
                "2100-03-01",
                "0000-01-01",
                "9999-12-31",
                "+10000-01-01",
                "-0001-12-31"
            })
    void dates_are_written_as_local_date_to_string_writes_them(String text) {
        LocalDate date = LocalDate.parse(text);
        assertThat(new String(out, 0, IsoText.date(date, out, 0))).isEqualTo(date.toString());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void a_hundred_thousand_random_instants_are_written_as_instant_to_string_writes_them(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(
                    random.nextLong(-62_167_219_200L, 253_402_300_800L),
                    random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
            assertThat(new String(out, 0, IsoText.instant(instant, out, 0))).isEqualTo(instant.toString());
        }
    }
}
