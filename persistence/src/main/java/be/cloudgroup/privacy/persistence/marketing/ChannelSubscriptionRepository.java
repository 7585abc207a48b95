package be.cloudgroup.privacy.persistence.marketing;

import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.marketing.SubscriptionTopic;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * A customer's subscriptions per topic and channel. At most one per topic and channel, so a
 * customer has a dozen at most: read as a list, not paged.
 */
public interface ChannelSubscriptionRepository extends JpaRepository<ChannelSubscriptionEntity, Long> {

    List<ChannelSubscriptionEntity> findByCustomerIdOrderByTopicAscChannelAsc(Long customerId);

    Optional<ChannelSubscriptionEntity> findByCustomerIdAndTopicAndChannel(Long customerId, SubscriptionTopic topic,
            CommunicationChannel channel);

    long countByCustomerId(Long customerId);
}
