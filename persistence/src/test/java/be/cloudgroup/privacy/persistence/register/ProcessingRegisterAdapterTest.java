package be.cloudgroup.privacy.persistence.register;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.persistence.PersistenceTest;
import be.cloudgroup.privacy.register.CustomerControl;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.register.LegalBasis;
import be.cloudgroup.privacy.register.ProcessingRegister;
import be.cloudgroup.privacy.register.PurposeDetails;
import be.cloudgroup.privacy.register.RecipientDetails;
import be.cloudgroup.privacy.shared.Language;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The seeded register of processing: the twelve purposes of section 4.2, read through the port. */
class ProcessingRegisterAdapterTest extends PersistenceTest {

    private static final List<String> CODES_IN_STATEMENT_ORDER = List.of(
            "CONTRACT_DELIVERY",
            "PROSPECT_PROPOSALS",
            "NURTURING",
            "SERVICE_MAINTENANCE",
            "INVOICING",
            "WEBSITE_SECURITY",
            "TARGETED_OFFERS",
            "COMMUNICATIONS",
            "WEBSITE_ANALYTICS",
            "LEGAL_COMPLIANCE",
            "DISPUTES",
            "ADMINISTRATION");

    @Autowired
    ProcessingRegister register;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @EnumSource(Language.class)
    void the_twelve_purposes_of_the_statement_are_active_in_its_order_in_every_language(Language language) {
        List<PurposeDetails> purposes = register.activePurposes(language);

        assertThat(purposes).extracting(PurposeDetails::code).containsExactlyElementsOf(CODES_IN_STATEMENT_ORDER);
        assertThat(purposes)
                .extracting(PurposeDetails::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 12).boxed().toList());
        assertThat(purposes).allSatisfy(purpose -> {
            assertThat(purpose.name()).isNotBlank().hasSizeLessThanOrEqualTo(120);
            assertThat(purpose.description()).isNotBlank().hasSizeLessThanOrEqualTo(1000);
            assertThat(purpose.retention()).isNotBlank();
            assertThat(purpose.source()).isNotBlank();
        });
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void every_purpose_is_translated_rather_than_shown_in_english(Language language) {
        Map<String, PurposeDetails> english = byCode(register.activePurposes(Language.EN));

        assertThat(register.activePurposes(language)).allSatisfy(purpose -> {
            PurposeDetails original = english.get(purpose.code());
            assertThat(purpose.description()).isNotEqualTo(original.description());
            assertThat(purpose.retention()).isNotEqualTo(original.retention());
            assertThat(purpose.source()).isNotEqualTo(original.source());
        });
    }

    @Test
    void texts_keep_their_accents_and_umlauts() {
        assertThat(register.activePurposes(Language.FR).get(0).name())
                .isEqualTo("Livraison et exécution de votre contrat");
        assertThat(register.activePurposes(Language.DE).get(0).name())
                .isEqualTo("Erbringung und Erfüllung Ihres Vertrags");
        assertThat(register.activePurposes(Language.NL).get(1).name()).isEqualTo("Voorstellen aan potentiële klanten");
    }

    @Test
    void every_purpose_uses_a_data_category_and_names_its_recipients_with_a_processing_agreement() {
        assertThat(register.activePurposes(Language.NL)).allSatisfy(purpose -> {
            assertThat(purpose.categories()).isNotEmpty();
            assertThat(purpose.recipients()).isNotEmpty().allSatisfy(recipient -> {
                assertThat(recipient.country()).matches("[A-Z]{2}");
                assertThat(recipient.hasProcessingAgreement()).isTrue();
            });
            assertThat(purpose.recipients()).extracting(RecipientDetails::name).isSorted();
        });
    }

    @Test
    void targeted_offers_are_direct_marketing_the_customer_can_object_to_absolutely() {
        PurposeDetails offers = byCode(register.activePurposes(Language.NL)).get("TARGETED_OFFERS");

        assertThat(offers.position()).isEqualTo(7);
        assertThat(offers.legalBasis()).isEqualTo(LegalBasis.LEGITIMATE_INTEREST);
        assertThat(offers.directMarketing()).isTrue();
        assertThat(offers.control()).isEqualTo(CustomerControl.OBJECT);
        assertThat(offers.objectionIsAbsolute()).isTrue();
        assertThat(offers.uses(DataCategory.MARKETING)).isTrue();
    }

    @Test
    void only_proposals_to_prospects_and_targeted_offers_are_direct_marketing() {
        assertThat(register.activePurposes(Language.EN))
                .filteredOn(PurposeDetails::directMarketing)
                .extracting(PurposeDetails::code)
                .containsExactly("PROSPECT_PROPOSALS", "TARGETED_OFFERS");
    }

    @Test
    void purposes_on_consent_let_the_customer_give_or_withdraw_it() {
        List<PurposeDetails> onConsent = register.activePurposes(Language.FR).stream()
                .filter(purpose -> purpose.legalBasis() == LegalBasis.CONSENT)
                .toList();

        assertThat(onConsent).extracting(PurposeDetails::code).containsExactly("NURTURING", "COMMUNICATIONS");
        assertThat(onConsent).allSatisfy(purpose -> {
            assertThat(purpose.control()).isEqualTo(CustomerControl.GIVE_OR_WITHDRAW);
            assertThat(purpose.directMarketing()).isFalse();
        });
    }

    @Test
    void the_legal_bases_follow_the_product_brief() {
        Map<String, LegalBasis> bases = register.activePurposes(Language.EN).stream()
                .collect(Collectors.toMap(PurposeDetails::code, PurposeDetails::legalBasis));

        assertThat(bases)
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("CONTRACT_DELIVERY", LegalBasis.CONTRACT),
                        Map.entry("PROSPECT_PROPOSALS", LegalBasis.LEGITIMATE_INTEREST),
                        Map.entry("NURTURING", LegalBasis.CONSENT),
                        Map.entry("SERVICE_MAINTENANCE", LegalBasis.CONTRACT),
                        Map.entry("INVOICING", LegalBasis.LEGAL_OBLIGATION),
                        Map.entry("WEBSITE_SECURITY", LegalBasis.LEGITIMATE_INTEREST),
                        Map.entry("TARGETED_OFFERS", LegalBasis.LEGITIMATE_INTEREST),
                        Map.entry("COMMUNICATIONS", LegalBasis.CONSENT),
                        Map.entry("WEBSITE_ANALYTICS", LegalBasis.LEGITIMATE_INTEREST),
                        Map.entry("LEGAL_COMPLIANCE", LegalBasis.LEGAL_OBLIGATION),
                        Map.entry("DISPUTES", LegalBasis.LEGITIMATE_INTEREST),
                        Map.entry("ADMINISTRATION", LegalBasis.LEGITIMATE_INTEREST)));
    }

    @Test
    void invoices_are_kept_ten_years_as_belgian_vat_law_requires() {
        PurposeDetails invoicing = byCode(register.activePurposes(Language.NL)).get("INVOICING");

        assertThat(invoicing.retentionMonths()).isEqualTo(120);
        assertThat(invoicing.retention()).contains("10 jaar");
    }

    @Test
    void invoicing_is_among_the_purposes_using_financial_data() {
        List<PurposeDetails> financial = register.purposesUsing(DataCategory.FINANCIAL, Language.DE);

        assertThat(financial).extracting(PurposeDetails::code).contains("INVOICING");
        assertThat(financial)
                .allSatisfy(purpose ->
                        assertThat(purpose.uses(DataCategory.FINANCIAL)).isTrue());
        assertThat(financial).extracting(PurposeDetails::position).isSorted();
        assertThat(byCode(financial).get("INVOICING").name()).isEqualTo("Rechnungsstellung");
    }

    @Test
    void a_purpose_found_by_category_still_lists_all_its_categories_and_recipients() {
        PurposeDetails invoicing = byCode(register.purposesUsing(DataCategory.FINANCIAL, Language.EN))
                .get("INVOICING");

        assertThat(invoicing.categories())
                .containsExactlyInAnyOrder(
                        DataCategory.IDENTITY, DataCategory.CONTACT, DataCategory.CONTRACT, DataCategory.FINANCIAL);
        assertThat(invoicing.recipients())
                .extracting(RecipientDetails::name)
                .containsExactly("Accounting software", "Hosting provider", "Payment service provider");
    }

    @Test
    void web_analytics_does_not_use_marketing_data() {
        assertThat(register.purposesUsing(DataCategory.MARKETING, Language.EN))
                .extracting(PurposeDetails::code)
                .containsExactly("PROSPECT_PROPOSALS", "NURTURING", "TARGETED_OFFERS", "COMMUNICATIONS");
    }

    @Test
    @Transactional
    void a_missing_translation_falls_back_to_english() {
        jdbc.update("""
                delete t from processing_purpose_text t join processing_purpose p on p.id = t.purpose_id
                where p.code = 'DISPUTES' and t.language = 'DE'""");

        Map<String, PurposeDetails> german = byCode(register.activePurposes(Language.DE));

        assertThat(german.get("DISPUTES").name()).isEqualTo("Settling disputes");
        assertThat(german.get("INVOICING").name()).isEqualTo("Rechnungsstellung");
    }

    @Test
    @Transactional
    void a_deactivated_purpose_is_no_longer_shown() {
        jdbc.update("update processing_purpose set active = false where code = 'WEBSITE_ANALYTICS'");

        assertThat(register.activePurposes(Language.EN))
                .extracting(PurposeDetails::code)
                .hasSize(11)
                .doesNotContain("WEBSITE_ANALYTICS");
        assertThat(register.purposesUsing(DataCategory.SECURITY, Language.EN))
                .extracting(PurposeDetails::code)
                .containsExactly("WEBSITE_SECURITY");
    }

    private static Map<String, PurposeDetails> byCode(List<PurposeDetails> purposes) {
        return purposes.stream().collect(Collectors.toMap(PurposeDetails::code, Function.identity()));
    }
}
