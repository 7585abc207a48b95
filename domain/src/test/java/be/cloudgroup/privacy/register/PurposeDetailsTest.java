package be.cloudgroup.privacy.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PurposeDetailsTest {

    private static final RecipientDetails CRM =
            new RecipientDetails("CRM platform", "Customer records", "IE", LocalDate.of(2023, 3, 15));

    private static PurposeDetails purpose(LegalBasis basis, boolean directMarketing, Set<DataCategory> categories) {
        return new PurposeDetails(
                "TARGETED_OFFERS",
                7,
                basis,
                directMarketing,
                36,
                "Targeted offers",
                "Offers that match your services.",
                "3 years after the last contact.",
                "From you.",
                categories,
                List.of(CRM));
    }

    @Test
    void direct_marketing_on_legitimate_interest_can_be_objected_to_absolutely() {
        PurposeDetails offers = purpose(LegalBasis.LEGITIMATE_INTEREST, true, EnumSet.of(DataCategory.MARKETING));

        assertThat(offers.control()).isEqualTo(CustomerControl.OBJECT);
        assertThat(offers.objectionIsAbsolute()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = LegalBasis.class, names = "LEGITIMATE_INTEREST", mode = EnumSource.Mode.EXCLUDE)
    void only_a_purpose_on_legitimate_interest_can_be_marked_direct_marketing(LegalBasis basis) {
        assertThatIllegalArgumentException().isThrownBy(() -> purpose(basis, true, EnumSet.of(DataCategory.MARKETING)));
    }

    @Test
    void a_purpose_uses_at_least_one_data_category() {
        assertThatIllegalArgumentException().isThrownBy(() -> purpose(LegalBasis.CONSENT, false, Set.of()));
    }

    @Test
    void categories_and_recipients_cannot_be_changed_afterwards() {
        Set<DataCategory> categories = new HashSet<>(Set.of(DataCategory.CONTACT));
        PurposeDetails purpose = purpose(LegalBasis.CONSENT, false, categories);
        categories.add(DataCategory.FINANCIAL);

        assertThat(purpose.uses(DataCategory.FINANCIAL)).isFalse();
        assertThat(purpose.categories()).isUnmodifiable();
        assertThat(purpose.recipients()).isUnmodifiable();
    }

    @Test
    void a_recipient_country_is_a_two_letter_code() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RecipientDetails("Hosting", "Servers", "Belgium", null));
        assertThat(new RecipientDetails("Hosting", "Servers", "BE", null).hasProcessingAgreement())
                .isFalse();
    }
}
