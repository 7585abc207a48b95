package be.cloudgroup.privacy.persistence.policy;

import be.cloudgroup.privacy.audit.Actor;
import be.cloudgroup.privacy.policy.PolicyAcknowledgements;
import java.time.Instant;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;

@Component
class PolicyAcknowledgementsAdapter implements PolicyAcknowledgements {

    private final PolicyAcknowledgementRepository repository;

    PolicyAcknowledgementsAdapter(PolicyAcknowledgementRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean record(long customerId, int version, Instant at, Actor actor) {
        return repository.insertOnce(customerId, version, at, actor.accountId(), actor.name()) == 1;
    }

    @Override
    public OptionalInt latest(long customerId) {
        return repository
                .findFirstByCustomerIdOrderByVersionDesc(customerId)
                .map(acknowledgement -> OptionalInt.of(acknowledgement.getVersion()))
                .orElseGet(OptionalInt::empty);
    }
}
