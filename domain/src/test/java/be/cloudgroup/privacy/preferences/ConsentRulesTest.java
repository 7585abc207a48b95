package be.cloudgroup.privacy.preferences;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.register.CustomerControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which decision fits which subject, and who may make it. */
class ConsentRulesTest {

    private static final ConsentSubject PURPOSE = ConsentSubject.purpose("TARGETED_OFFERS");

    @ParameterizedTest
    @CsvSource({
        "GIVE_OR_WITHDRAW, GIVEN, true", "GIVE_OR_WITHDRAW, WITHDRAWN, true",
        "GIVE_OR_WITHDRAW, OBJECTED, false", "GIVE_OR_WITHDRAW, OBJECTION_LIFTED, false",
        "OBJECT, OBJECTED, true", "OBJECT, OBJECTION_LIFTED, true",
        "OBJECT, GIVEN, false", "OBJECT, WITHDRAWN, false",
        "EXPLAINED_ONLY, GIVEN, false", "EXPLAINED_ONLY, OBJECTED, false"
    })
    void the_decision_follows_the_control_of_the_legal_basis(
            CustomerControl control, Decision decision, boolean allowed) {
        if (allowed) {
            assertThatCode(() -> ConsentRules.check(PURPOSE, control, false, decision, DecisionMeans.PORTAL))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> ConsentRules.check(PURPOSE, control, false, decision, DecisionMeans.PORTAL))
                    .isInstanceOf(DecisionRefusedException.class);
        }
    }

    @Test
    void a_purpose_on_contract_or_law_is_refused_with_its_own_reason() {
        assertThatThrownBy(() -> ConsentRules.check(
                        ConsentSubject.purpose("INVOICING"),
                        CustomerControl.EXPLAINED_ONLY,
                        false,
                        Decision.OBJECTED,
                        DecisionMeans.PORTAL))
                .hasFieldOrPropertyWithValue("messageKey", "preferences.refused.not-switchable");
    }

    @Test
    void staff_can_never_lift_an_objection_to_direct_marketing_but_the_customer_can() {
        assertThatThrownBy(() -> ConsentRules.check(
                        PURPOSE,
                        CustomerControl.OBJECT,
                        true,
                        Decision.OBJECTION_LIFTED,
                        DecisionMeans.STAFF_ON_REQUEST))
                .hasFieldOrPropertyWithValue("messageKey", "preferences.refused.absolute-objection");
        assertThatCode(() -> ConsentRules.check(
                        PURPOSE, CustomerControl.OBJECT, true, Decision.OBJECTION_LIFTED, DecisionMeans.PORTAL))
                .doesNotThrowAnyException();
        assertThatCode(() -> ConsentRules.check(
                        PURPOSE,
                        CustomerControl.OBJECT,
                        false,
                        Decision.OBJECTION_LIFTED,
                        DecisionMeans.STAFF_ON_REQUEST))
                .doesNotThrowAnyException();
        assertThatCode(() -> ConsentRules.check(
                        PURPOSE, CustomerControl.OBJECT, true, Decision.OBJECTED, DecisionMeans.STAFF_ON_REQUEST))
                .doesNotThrowAnyException();
    }

    @Test
    void an_email_link_can_withdraw_or_object_but_never_give_consent_or_lift_an_objection() {
        assertThatCode(() -> ConsentRules.check(
                        PURPOSE, CustomerControl.GIVE_OR_WITHDRAW, false, Decision.WITHDRAWN, DecisionMeans.EMAIL_LINK))
                .doesNotThrowAnyException();
        assertThatCode(() -> ConsentRules.check(
                        PURPOSE, CustomerControl.OBJECT, true, Decision.OBJECTED, DecisionMeans.EMAIL_LINK))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ConsentRules.check(
                        PURPOSE, CustomerControl.GIVE_OR_WITHDRAW, false, Decision.GIVEN, DecisionMeans.EMAIL_LINK))
                .hasFieldOrPropertyWithValue("messageKey", "preferences.refused.link-only-restricts");
        assertThatThrownBy(() -> ConsentRules.check(
                        PURPOSE, CustomerControl.OBJECT, false, Decision.OBJECTION_LIFTED, DecisionMeans.EMAIL_LINK))
                .isInstanceOf(DecisionRefusedException.class);
    }
}
