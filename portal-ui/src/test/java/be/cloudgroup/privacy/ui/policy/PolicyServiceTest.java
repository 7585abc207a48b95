package be.cloudgroup.privacy.ui.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.policy.PolicyService;
import be.cloudgroup.privacy.policy.PolicyStatement;
import be.cloudgroup.privacy.policy.PublishPolicyVersionCommand;
import be.cloudgroup.privacy.shared.InvalidValueException;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.PortalTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Publishing, the version in force and acknowledgements, through the service alone. */
class PolicyServiceTest extends PortalTest {

    @Autowired
    private PolicyService policy;

    @AfterEach
    void removePublishedVersions() {
        data.removePublishedPolicyVersions();
    }

    static PublishPolicyVersionCommand version(boolean material, Instant inForceFrom) {
        return new PublishPolicyVersionCommand(
                Map.of(Language.NL, "# Privacyverklaring\n\nNieuw doel.", Language.FR, "# Déclaration\n\nNouveau."),
                Map.of(Language.NL, "Een nieuw doel.", Language.FR, "Une nouvelle finalité."),
                material,
                inForceFrom);
    }

    @Test
    void publishing_creates_the_next_version_with_its_texts_and_audits_the_admin() {
        AccountPrincipal admin = data.staffPrincipal(Role.ADMIN);
        runAs(admin);
        Instant later = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);

        int number = policy.publish(version(true, later));

        assertThat(number).isEqualTo(2);
        assertThat(policy.versions()).first().satisfies(published -> {
            assertThat(published.version()).isEqualTo(2);
            assertThat(published.publishedAt()).isEqualTo(later);
            assertThat(published.material()).isTrue();
            assertThat(published.publishedBy()).isEqualTo(admin.displayName());
            assertThat(published.languages()).containsOnly(Language.NL, Language.FR);
        });
        assertThat(data.count("SELECT COUNT(*) FROM policy_version_text WHERE version = 2"))
                .isEqualTo(2);
        assertThat(data.count("""
                SELECT COUNT(*) FROM audit_event WHERE action = 'POLICY_VERSION_PUBLISHED' AND target_id = '2'
                  AND actor_account_id = ? AND subject_customer_id IS NULL""", admin.accountId())).isOne();
        assertThat(policy.statementInForce(Language.NL).version()).isEqualTo(1);
    }

    @Test
    void a_second_publication_gets_the_number_after_it_and_leaves_the_first_as_it_was() {
        runAs(data.staffPrincipal(Role.ADMIN));
        Instant later = Instant.now().plus(30, ChronoUnit.DAYS);
        policy.publish(version(true, later));

        int third = policy.publish(new PublishPolicyVersionCommand(
                Map.of(Language.NL, "# Derde"),
                Map.of(Language.NL, "Derde versie."),
                false,
                later.plus(1, ChronoUnit.DAYS)));

        assertThat(third).isEqualTo(3);
        assertThat(data.count("SELECT COUNT(*) FROM policy_version_text WHERE version = 2 AND language = 'NL'"
                        + " AND text = '# Privacyverklaring\n\nNieuw doel.' AND change_summary = 'Een nieuw doel.'"))
                .isOne();
        assertThat(data.count("SELECT COUNT(*) FROM policy_version WHERE version = 2 AND material"))
                .isOne();
    }

    @Test
    void the_version_in_force_changes_at_publication() {
        runAs(data.staffPrincipal(Role.ADMIN));
        assertThat(policy.statementInForce(Language.EN).version()).isEqualTo(1);

        policy.publish(version(false, null));

        PolicyStatement statement = policy.statementInForce(Language.FR);
        assertThat(statement.version()).isEqualTo(2);
        assertThat(statement.language()).isEqualTo(Language.FR);
        assertThat(statement.text().text()).isEqualTo("# Déclaration\n\nNouveau.");
    }

    @Test
    void a_language_without_a_translation_reads_the_dutch_original() {
        runAs(data.staffPrincipal(Role.ADMIN));
        policy.publish(version(false, null));

        PolicyStatement statement = policy.statementInForce(Language.DE);

        assertThat(statement.language()).isEqualTo(Language.NL);
        assertThat(statement.text().changeSummary()).isEqualTo("Een nieuw doel.");
    }

    @Test
    void version_1_is_read_in_every_language() {
        runAs(data.customerPrincipal(data.customer("Lea", "Lezer")));

        for (Language language : Language.values()) {
            assertThat(policy.statementInForce(language).language()).isEqualTo(language);
        }
    }

    @Test
    void a_version_cannot_take_effect_in_the_past_or_before_the_latest_one() {
        runAs(data.staffPrincipal(Role.ADMIN));
        assertThatThrownBy(() -> policy.publish(version(true, Instant.now().minus(1, ChronoUnit.HOURS))))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("messageKey", "policy.validation.in-the-past");
        policy.publish(version(true, Instant.now().plus(10, ChronoUnit.DAYS)));

        assertThatThrownBy(() -> policy.publish(version(true, Instant.now().plus(5, ChronoUnit.DAYS))))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("messageKey", "policy.validation.before-latest");
        assertThat(data.count("SELECT COUNT(*) FROM policy_version")).isEqualTo(2);
    }

    @Test
    void the_dutch_text_is_required_and_every_language_needs_its_summary() {
        assertThatThrownBy(() -> new PublishPolicyVersionCommand(
                        Map.of(Language.FR, "# Déclaration"), Map.of(Language.FR, "Nouveau"), true, null))
                .hasFieldOrPropertyWithValue("messageKey", "policy.validation.dutch-required");
        assertThatThrownBy(() -> new PublishPolicyVersionCommand(
                        Map.of(Language.NL, "# Verklaring", Language.EN, " "),
                        Map.of(Language.NL, "Nieuw", Language.EN, "New"),
                        true,
                        null))
                .hasFieldOrPropertyWithValue("messageKey", "policy.validation.incomplete-language");
        assertThat(new PublishPolicyVersionCommand(
                                Map.of(Language.NL, "# Verklaring"), Map.of(Language.NL, "Nieuw"), true, null)
                        .missingLanguages())
                .containsOnly(Language.FR, Language.DE, Language.EN);
    }

    @Test
    void only_an_admin_publishes() {
        runAs(data.customerPrincipal(data.customer("Nico", "Nietadmin")));
        assertThatThrownBy(() -> policy.publish(version(true, null))).isInstanceOf(AccessDeniedException.class);
        runAs(data.staffPrincipal(Role.SUPPORT));
        assertThatThrownBy(() -> policy.publish(version(true, null))).isInstanceOf(AccessDeniedException.class);
        assertThat(data.count("SELECT COUNT(*) FROM policy_version")).isOne();
    }

    @Test
    void a_customer_acknowledges_a_material_version_once_audited_with_the_customer_as_actor() {
        runAs(data.staffPrincipal(Role.ADMIN));
        policy.publish(version(true, null));
        Customer customer = data.customer("Bert", "Bevestigd");
        AccountPrincipal account = data.customerPrincipal(customer);
        runAs(account);
        assertThat(policy.pendingAcknowledgement()).hasValue(2);
        assertThat(policy.pendingUpdate(Language.NL))
                .hasValueSatisfying(
                        update -> assertThat(update.text().changeSummary()).isEqualTo("Een nieuw doel."));

        assertThat(policy.acknowledge(2)).isTrue();
        assertThat(policy.acknowledge(2)).isFalse();

        assertThat(policy.pendingAcknowledgement()).isEmpty();
        assertThat(data.count("SELECT COUNT(*) FROM policy_acknowledgement WHERE customer_id = ?", customer.id()))
                .isOne();
        assertThat(data.count(
                        "SELECT COUNT(*) FROM policy_acknowledgement WHERE customer_id = ? AND version = 2"
                                + " AND actor_account_id = ?",
                        customer.id(),
                        account.accountId()))
                .isOne();
        assertThat(data.count("""
                SELECT COUNT(*) FROM audit_event WHERE action = 'POLICY_ACKNOWLEDGED' AND subject_customer_id = ?
                  AND actor_account_id = ? AND target_id = '2'""", customer.id(), account.accountId())).isOne();
    }

    @Test
    void a_non_material_version_needs_no_acknowledgement_and_cannot_be_acknowledged() {
        runAs(data.staffPrincipal(Role.ADMIN));
        policy.publish(version(false, null));
        runAs(data.customerPrincipal(data.customer("Nora", "Nietwezenlijk")));

        assertThat(policy.pendingAcknowledgement()).isEmpty();
        assertThat(policy.pendingUpdate(Language.EN)).isEmpty();
        assertThatThrownBy(() -> policy.acknowledge(2))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("messageKey", "policy.validation.not-acknowledgeable");
    }

    @Test
    void after_acknowledging_a_material_version_a_later_non_material_one_asks_nothing() {
        AccountPrincipal admin = data.staffPrincipal(Role.ADMIN);
        runAs(admin);
        policy.publish(version(true, null));
        AccountPrincipal customer = data.customerPrincipal(data.customer("Vera", "Volgend"));
        runAs(customer);
        policy.acknowledge(2);
        runAs(admin);

        policy.publish(version(false, null));

        runAs(customer);
        assertThat(policy.pendingAcknowledgement()).isEmpty();
    }

    @Test
    void a_future_material_version_is_not_asked_for_before_it_takes_effect() {
        runAs(data.staffPrincipal(Role.ADMIN));
        policy.publish(version(true, Instant.now().plus(1, ChronoUnit.DAYS)));
        runAs(data.customerPrincipal(data.customer("Fleur", "Futuur")));

        assertThat(policy.pendingAcknowledgement()).isEmpty();
        assertThatThrownBy(() -> policy.acknowledge(2)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void staff_cannot_acknowledge() {
        runAs(data.staffPrincipal(Role.ADMIN));
        policy.publish(version(true, null));

        assertThatThrownBy(() -> policy.acknowledge(2)).isInstanceOf(AccessDeniedException.class);
        assertThat(data.count("SELECT COUNT(*) FROM policy_acknowledgement")).isZero();
    }
}
