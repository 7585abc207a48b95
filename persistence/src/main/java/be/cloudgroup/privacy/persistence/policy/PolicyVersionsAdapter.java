package be.cloudgroup.privacy.persistence.policy;

import be.cloudgroup.privacy.policy.PolicyVersions;
import java.time.Instant;
import org.springframework.stereotype.Component;

@Component
class PolicyVersionsAdapter implements PolicyVersions {

    private final PolicyVersionRepository repository;

    PolicyVersionsAdapter(PolicyVersionRepository repository) {
        this.repository = repository;
    }

    @Override
    public int inForce(Instant at) {
        return repository.findFirstByPublishedAtLessThanEqualOrderByVersionDesc(at)
                .map(PolicyVersionEntity::getVersion)
                .orElseThrow(() -> new IllegalStateException("No version of the privacy statement is in force at " + at));
    }
}
