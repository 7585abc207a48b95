package be.cloudgroup.privacy.persistence.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.audit.Actor;
import be.cloudgroup.privacy.persistence.PersistenceTest;
import be.cloudgroup.privacy.policy.NewPolicyVersion;
import be.cloudgroup.privacy.policy.PolicyPublications;
import be.cloudgroup.privacy.policy.PolicyText;
import be.cloudgroup.privacy.policy.PolicyVersions;
import be.cloudgroup.privacy.shared.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class PolicyVersionsAdapterTest extends PersistenceTest {

    private static final Instant LATER = Instant.parse("2030-03-01T09:00:00Z");

    @Autowired
    PolicyVersions inForce;

    @Autowired
    PolicyPublications versions;

    @Test
    void the_seed_statement_is_version_1_and_in_force_today() {
        assertThat(inForce.inForce(Instant.parse("2026-11-26T08:00:00Z"))).isEqualTo(1);
        assertThat(versions.materialInForce(Instant.parse("2026-11-26T08:00:00Z")))
                .isEmpty();
    }

    @Test
    void version_1_has_the_dutch_original_and_three_translations() throws IOException {
        Map<Language, PolicyText> texts = versions.texts(1);

        assertThat(texts).containsOnlyKeys(Language.values());
        try (InputStream seed = getClass().getResourceAsStream("/db/changelog/data/0053-privacy-statement.nl.md")) {
            assertThat(texts.get(Language.NL).text())
                    .isEqualTo(new String(seed.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(texts.get(Language.FR).text()).contains("## **4. DÉCLARATION DE CONFIDENTIALITÉ**");
        assertThat(texts.get(Language.DE).text()).contains("## **4. DATENSCHUTZERKLÄRUNG**");
        assertThat(texts.get(Language.EN).text()).contains("## **4. PRIVACY STATEMENT**");
        assertThat(texts.values())
                .allSatisfy(text -> assertThat(text.changeSummary()).isNull());
    }

    @Test
    void publishing_stores_the_next_number_with_its_texts_and_publisher() {
        int number = versions.publish(new NewPolicyVersion(
                LATER,
                true,
                Map.of(
                        Language.NL, new PolicyText("# Versie", "Nieuw doel"),
                        Language.EN, new PolicyText("# Version", "New purpose")),
                new Actor(7L, "Ada Admin")));

        assertThat(number).isEqualTo(2);
        assertThat(versions.texts(2)).containsOnlyKeys(Language.NL, Language.EN);
        assertThat(versions.texts(2).get(Language.EN)).isEqualTo(new PolicyText("# Version", "New purpose"));
        assertThat(versions.find(2)).hasValueSatisfying(version -> {
            assertThat(version.material()).isTrue();
            assertThat(version.publishedAt()).isEqualTo(LATER);
            assertThat(version.publishedBy()).isEqualTo("Ada Admin");
            assertThat(version.languages()).containsOnly(Language.NL, Language.EN);
        });
        assertThat(versions.all()).extracting(version -> version.version()).containsExactly(2, 1);
        assertThat(versions.texts(1)).hasSize(4);
    }

    @Test
    void a_version_is_in_force_from_its_publication_on() {
        versions.publish(new NewPolicyVersion(
                LATER, true, Map.of(Language.NL, new PolicyText("# Versie 2", "Nieuw")), Actor.SYSTEM));

        assertThat(inForce.inForce(LATER.minusNanos(1000))).isEqualTo(1);
        assertThat(versions.materialInForce(LATER.minusNanos(1000))).isEmpty();
        assertThat(inForce.inForce(LATER)).isEqualTo(2);
        assertThat(versions.materialInForce(LATER)).hasValue(2);
    }

    @Test
    void nothing_is_in_force_before_the_first_version() {
        assertThatThrownBy(() -> inForce.inForce(Instant.parse("2020-01-01T00:00:00Z")))
                .isInstanceOf(IllegalStateException.class);
    }
}
