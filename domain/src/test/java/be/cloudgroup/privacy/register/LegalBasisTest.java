package be.cloudgroup.privacy.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LegalBasisTest {

    @ParameterizedTest
    @CsvSource({
        "CONSENT,             GIVE_OR_WITHDRAW",
        "LEGITIMATE_INTEREST, OBJECT",
        "CONTRACT,            EXPLAINED_ONLY",
        "LEGAL_OBLIGATION,    EXPLAINED_ONLY",
        "VITAL_INTERESTS,     EXPLAINED_ONLY",
        "PUBLIC_TASK,         EXPLAINED_ONLY",
    })
    void the_legal_basis_decides_what_the_customer_can_do(LegalBasis basis, CustomerControl control) {
        assertThat(basis.control()).isEqualTo(control);
    }

    @ParameterizedTest
    @EnumSource(LegalBasis.class)
    void every_legal_basis_gives_the_customer_a_control(LegalBasis basis) {
        assertThat(basis.control()).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(
            value = LegalBasis.class,
            names = {"CONSENT", "LEGITIMATE_INTEREST"},
            mode = EnumSource.Mode.EXCLUDE)
    void only_consent_and_legitimate_interest_can_be_switched_by_the_customer(LegalBasis basis) {
        assertThat(basis.control()).isEqualTo(CustomerControl.EXPLAINED_ONLY);
    }
}
