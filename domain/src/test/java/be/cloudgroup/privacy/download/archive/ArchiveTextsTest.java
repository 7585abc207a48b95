package be.cloudgroup.privacy.download.archive;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.register.CustomerControl;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.register.LegalBasis;
import be.cloudgroup.privacy.shared.Language;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ArchiveTextsTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void every_language_has_exactly_the_english_keys(Language language) {
        assertThat(bundle(language).keySet())
                .containsExactlyInAnyOrderElementsOf(bundle(Language.EN).keySet());
    }

    @ParameterizedTest
    @EnumSource(
            value = Language.class,
            names = {"NL", "FR", "DE"})
    void the_report_headings_are_translated(Language language) {
        ArchiveTexts texts = ArchiveTexts.of(language);
        ArchiveTexts english = ArchiveTexts.of(Language.EN);
        for (String key : new String[] {
            "title",
            "intro",
            "category.IDENTITY",
            "category.SECURITY",
            "info.title",
            "automated.statement",
            "table.invoice"
        }) {
            assertThat(texts.get(key)).as(key).isNotEqualTo(english.get(key));
        }
    }

    @Test
    void every_category_basis_control_and_right_has_a_text() {
        ArchiveTexts texts = ArchiveTexts.of(Language.NL);
        for (DataCategory category : DataCategory.values()) {
            assertThat(texts.get("category." + category.name())).isNotBlank();
        }
        for (LegalBasis basis : LegalBasis.values()) {
            assertThat(texts.get("basis." + basis.name())).isNotBlank();
        }
        for (CustomerControl control : CustomerControl.values()) {
            assertThat(texts.get("control." + control.name())).isNotBlank();
        }
        for (String right : ArchiveTexts.RIGHTS) {
            assertThat(texts.get("right." + right)).isNotBlank();
        }
    }

    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(
                ArchiveTexts.BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
