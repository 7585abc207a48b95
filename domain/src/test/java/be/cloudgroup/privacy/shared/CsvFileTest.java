package be.cloudgroup.privacy.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvFileTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "|",
            quoteCharacter = '`',
            value = {
                "=SUM(A1:A9)|'=SUM(A1:A9)",
                "+32470123456|'+32470123456",
                "-2+3|'-2+3",
                "@cmd|'@cmd",
                "`\tTAB`|`'\tTAB`",
                "`\rCR`|`\"'\rCR\"`",
                "Jansens|Jansens",
                "`  =1+1`|`'  =1+1`",
                "`＝1+1`|`'＝1+1`",
                "`＋32 470`|`'＋32 470`",
                "`－5`|`'－5`",
                "`＠SUM(A1)`|`'＠SUM(A1)`",
                "`Jansens;=HYPERLINK(1)`|`\"Jansens;=HYPERLINK(1)\"`",
                "`a; b`|`\"a; b\"`",
                "Voicemail, \"urgent\"|\"Voicemail, \"\"urgent\"\"\"",
                "`line one\nline two`|`\"line one\nline two\"`"
            })
    void text_that_a_spreadsheet_would_run_is_prefixed_with_a_quote_and_fields_are_quoted_as_rfc_4180_says(
            String value, String cell) {
        assertThat(CsvFile.cell(value)).isEqualTo(cell);
    }

    @Test
    void typed_values_are_written_as_they_are() {
        assertThat(CsvFile.cell(-4599L)).isEqualTo("-4599");
        assertThat(CsvFile.cell(LocalDate.of(2026, 11, 26))).isEqualTo("2026-11-26");
        assertThat(CsvFile.cell(Boolean.TRUE)).isEqualTo("true");
        assertThat(CsvFile.cell(null)).isEmpty();
    }
}
