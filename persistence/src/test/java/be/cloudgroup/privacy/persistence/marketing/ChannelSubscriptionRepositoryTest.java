package be.cloudgroup.privacy.persistence.marketing;

import static be.cloudgroup.privacy.persistence.customer.Customers.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.marketing.SubscriptionTopic;
import be.cloudgroup.privacy.persistence.PersistenceTest;
import be.cloudgroup.privacy.persistence.customer.CustomerEntity;
import be.cloudgroup.privacy.persistence.customer.CustomerRepository;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class ChannelSubscriptionRepositoryTest extends PersistenceTest {

    private static final Instant SUBSCRIBED_AT = Instant.parse("2025-01-01T12:00:00Z");

    @Autowired
    ChannelSubscriptionRepository subscriptions;

    @Autowired
    CustomerRepository customers;

    @Autowired
    EntityManager entityManager;

    @Test
    void unsubscribing_is_stored_with_its_time_and_a_new_version() {
        CustomerEntity customer = customers.save(aCustomer().build());
        ChannelSubscriptionEntity subscription = subscriptions.saveAndFlush(new ChannelSubscriptionEntity(customer,
                SubscriptionTopic.NEWSLETTER, CommunicationChannel.EMAIL, true, SUBSCRIBED_AT));
        subscription.unsubscribe(Instant.parse("2025-02-01T12:00:00Z"));
        subscriptions.flush();
        entityManager.clear();

        ChannelSubscriptionEntity read = subscriptions.findByCustomerIdAndTopicAndChannel(customer.getId(),
                SubscriptionTopic.NEWSLETTER, CommunicationChannel.EMAIL).orElseThrow();

        assertThat(read.isSubscribed()).isFalse();
        assertThat(read.getChangedAt()).isEqualTo(Instant.parse("2025-02-01T12:00:00Z"));
        assertThat(read.getVersion()).isEqualTo(1);
    }

    @Test
    void a_customer_has_at_most_one_subscription_per_topic_and_channel() {
        CustomerEntity customer = customers.save(aCustomer().build());
        subscriptions.saveAndFlush(new ChannelSubscriptionEntity(customer, SubscriptionTopic.PRODUCT_NEWS,
                CommunicationChannel.SMS, true, SUBSCRIBED_AT));

        assertThatThrownBy(() -> subscriptions.saveAndFlush(new ChannelSubscriptionEntity(customer,
                SubscriptionTopic.PRODUCT_NEWS, CommunicationChannel.SMS, false, SUBSCRIBED_AT)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_customers_subscriptions_are_listed_by_topic_and_channel_and_counted() {
        CustomerEntity customer = customers.save(aCustomer().build());
        CustomerEntity someoneElse = customers.save(aCustomer().build());
        subscriptions.save(new ChannelSubscriptionEntity(customer, SubscriptionTopic.SERVICE_UPDATES,
                CommunicationChannel.SMS, true, SUBSCRIBED_AT));
        subscriptions.save(new ChannelSubscriptionEntity(customer, SubscriptionTopic.NEWSLETTER,
                CommunicationChannel.POST, false, SUBSCRIBED_AT));
        subscriptions.save(new ChannelSubscriptionEntity(customer, SubscriptionTopic.NEWSLETTER,
                CommunicationChannel.EMAIL, true, SUBSCRIBED_AT));
        subscriptions.save(new ChannelSubscriptionEntity(someoneElse, SubscriptionTopic.NEWSLETTER,
                CommunicationChannel.EMAIL, true, SUBSCRIBED_AT));

        assertThat(subscriptions.findByCustomerIdOrderByTopicAscChannelAsc(customer.getId()))
                .extracting(s -> s.getTopic() + "/" + s.getChannel())
                .containsExactly("NEWSLETTER/EMAIL", "NEWSLETTER/POST", "SERVICE_UPDATES/SMS");
        assertThat(subscriptions.countByCustomerId(customer.getId())).isEqualTo(3);
    }
}
