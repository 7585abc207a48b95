package be.cloudgroup.privacy.request;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.register.LegalBasis;
import be.cloudgroup.privacy.register.PurposeDetails;
import be.cloudgroup.privacy.request.ErasurePlan.Action;
import be.cloudgroup.privacy.request.Holding.Nature;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ErasureRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static final List<PurposeDetails> REGISTER = List.of(
            purpose("CONTRACT_DELIVERY", 1, LegalBasis.CONTRACT, 24, DataCategory.IDENTITY, DataCategory.CONTRACT),
            purpose(
                    "INVOICING",
                    5,
                    LegalBasis.LEGAL_OBLIGATION,
                    120,
                    DataCategory.IDENTITY,
                    DataCategory.CONTACT,
                    DataCategory.CONTRACT,
                    DataCategory.FINANCIAL),
            purpose("COMMUNICATIONS", 8, LegalBasis.CONSENT, 24, DataCategory.COMMUNICATION, DataCategory.MARKETING),
            purpose(
                    "LEGAL_COMPLIANCE",
                    10,
                    LegalBasis.LEGAL_OBLIGATION,
                    12,
                    DataCategory.IDENTITY,
                    DataCategory.CONSENT),
            purpose("DISPUTES", 11, LegalBasis.LEGITIMATE_INTEREST, 120, DataCategory.SUPPORT, DataCategory.FINANCIAL));

    private static final List<Holding> HOLDINGS = List.of(
            new Holding("customer", DataCategory.IDENTITY, Nature.REGISTER, 1),
            new Holding("contact_verification", DataCategory.CONTACT, Nature.TRANSIENT, 1),
            new Holding("invoice", DataCategory.FINANCIAL, Nature.REGISTER, 2),
            new Holding("service_ticket", DataCategory.SUPPORT, Nature.REGISTER, 2),
            new Holding("communication", DataCategory.COMMUNICATION, Nature.REGISTER, 1),
            new Holding("consent_decision", DataCategory.CONSENT, Nature.REGISTER, 2),
            new Holding("portal_account", DataCategory.SECURITY, Nature.ACCOUNT, 1),
            new Holding("audit_event", DataCategory.SECURITY, Nature.TRAIL, 5),
            new Holding("privacy_request", DataCategory.CONSENT, Nature.REQUESTS, 1));

    @Test
    void the_whole_account_keeps_what_a_legal_obligation_needs_until_its_retention_ends_and_deletes_the_rest() {
        ErasurePlan plan = ErasureRules.plan(HOLDINGS, REGISTER, true, Set.of(), TODAY);

        Map<String, Action> actions =
                plan.steps().stream().collect(Collectors.toMap(ErasurePlan.Step::table, ErasurePlan.Step::action));
        assertThat(actions)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "customer",
                        Action.KEEP_RESTRICTED,
                        "contact_verification",
                        Action.DELETE,
                        "invoice",
                        Action.KEEP_RESTRICTED,
                        "service_ticket",
                        Action.DELETE,
                        "communication",
                        Action.DELETE,
                        "consent_decision",
                        Action.KEEP_RESTRICTED,
                        "portal_account",
                        Action.DELETE,
                        "audit_event",
                        Action.PSEUDONYMISE,
                        "privacy_request",
                        Action.KEEP_RESTRICTED));
        ErasurePlan.Step invoices = step(plan, "invoice");
        assertThat(invoices.keptFor()).containsExactly("INVOICING name");
        assertThat(invoices.keptUntil()).isEqualTo(LocalDate.of(2036, 3, 1));
        assertThat(step(plan, "consent_decision").keptUntil()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(step(plan, "customer").keptFor()).containsExactly("INVOICING name", "LEGAL_COMPLIANCE name");
        assertThat(plan.endsAccount()).isTrue();
    }

    @Test
    void a_legitimate_interest_alone_does_not_keep_data_against_an_erasure() {
        ErasurePlan plan = ErasureRules.plan(HOLDINGS, REGISTER, true, Set.of(), TODAY);

        assertThat(step(plan, "service_ticket").action()).isEqualTo(Action.DELETE);
        assertThat(step(plan, "service_ticket").reasonKey()).isEqualTo("request.erasure.reason.no-obligation");
    }

    @Test
    void erasing_named_categories_touches_only_those_and_keeps_the_account() {
        ErasurePlan plan = ErasureRules.plan(
                HOLDINGS, REGISTER, false, Set.of(DataCategory.COMMUNICATION, DataCategory.SECURITY), TODAY);

        assertThat(plan.steps())
                .extracting(ErasurePlan.Step::table)
                .containsExactlyInAnyOrder("communication", "audit_event");
        assertThat(plan.endsAccount()).isFalse();
    }

    private static ErasurePlan.Step step(ErasurePlan plan, String table) {
        return plan.steps().stream()
                .filter(step -> step.table().equals(table))
                .findFirst()
                .orElseThrow();
    }

    private static PurposeDetails purpose(
            String code, int position, LegalBasis basis, int months, DataCategory... categories) {
        return new PurposeDetails(
                code,
                position,
                basis,
                false,
                months,
                code + " name",
                "what",
                "kept",
                "source",
                Set.of(categories),
                List.of());
    }
}
