package be.cloudgroup.privacy.persistence.policy;

import be.cloudgroup.privacy.policy.NewPolicyVersion;
import be.cloudgroup.privacy.policy.PolicyPublications;
import be.cloudgroup.privacy.policy.PolicyText;
import be.cloudgroup.privacy.policy.PolicyVersionSummary;
import be.cloudgroup.privacy.policy.PolicyVersions;
import be.cloudgroup.privacy.shared.Language;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

@Component
class PolicyVersionsAdapter implements PolicyVersions, PolicyPublications {

    private final PolicyVersionRepository repository;
    private final PolicyVersionTextRepository texts;

    PolicyVersionsAdapter(PolicyVersionRepository repository, PolicyVersionTextRepository texts) {
        this.repository = repository;
        this.texts = texts;
    }

    @Override
    public int inForce(Instant at) {
        return repository
                .findFirstByPublishedAtLessThanEqualOrderByVersionDesc(at)
                .map(PolicyVersionEntity::getVersion)
                .orElseThrow(
                        () -> new IllegalStateException("No version of the privacy statement is in force at " + at));
    }

    @Override
    public OptionalInt materialInForce(Instant at) {
        return repository
                .findFirstByMaterialTrueAndPublishedAtLessThanEqualOrderByVersionDesc(at)
                .map(version -> OptionalInt.of(version.getVersion()))
                .orElseGet(OptionalInt::empty);
    }

    @Override
    public Optional<PolicyVersionSummary> find(int version) {
        return repository.findByVersion(version).map(entity -> summary(entity, texts.findLanguages(version)));
    }

    @Override
    public List<PolicyVersionSummary> all() {
        Map<Integer, Set<Language>> languages = texts.findAllLanguages().stream()
                .collect(Collectors.groupingBy(
                        PolicyVersionTextRepository.VersionLanguage::getVersion,
                        Collectors.mapping(
                                PolicyVersionTextRepository.VersionLanguage::getLanguage, Collectors.toSet())));
        return repository.findAllByOrderByVersionDesc().stream()
                .map(entity -> summary(entity, languages.getOrDefault(entity.getVersion(), Set.of())))
                .toList();
    }

    @Override
    public Map<Language, PolicyText> texts(int version) {
        Map<Language, PolicyText> result = new EnumMap<>(Language.class);
        texts.findByVersion(version).forEach(text -> result.put(text.getLanguage(), text.toPolicyText()));
        return result;
    }

    @Override
    public int publish(NewPolicyVersion version) {
        int number = repository
                        .findFirstByOrderByVersionDesc()
                        .map(PolicyVersionEntity::getVersion)
                        .orElse(0)
                + 1;
        repository.saveAndFlush(new PolicyVersionEntity(
                number,
                version.publishedAt(),
                version.material(),
                version.publishedBy().accountId(),
                version.publishedBy().name()));
        version.texts().forEach((language, text) -> texts.save(new PolicyVersionTextEntity(number, language, text)));
        texts.flush();
        return number;
    }

    private static PolicyVersionSummary summary(PolicyVersionEntity entity, Set<Language> languages) {
        return new PolicyVersionSummary(
                entity.getVersion(), entity.getPublishedAt(), entity.isMaterial(), entity.getPublishedBy(), languages);
    }
}
