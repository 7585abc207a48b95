package be.cloudgroup.privacy.persistence.communication;

import static be.cloudgroup.privacy.persistence.customer.Customers.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.communication.CommunicationKind;
import be.cloudgroup.privacy.persistence.PersistenceTest;
import be.cloudgroup.privacy.persistence.customer.CustomerEntity;
import be.cloudgroup.privacy.persistence.customer.CustomerRepository;
import be.cloudgroup.privacy.persistence.marketing.MarketingCampaignEntity;
import be.cloudgroup.privacy.persistence.marketing.MarketingCampaignRepository;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class CommunicationRepositoryTest extends PersistenceTest {

    @Autowired
    CommunicationRepository communications;

    @Autowired
    CustomerRepository customers;

    @Autowired
    MarketingCampaignRepository campaigns;

    @Autowired
    EntityManager entityManager;

    @Test
    void messages_are_paged_most_recently_sent_first_and_counted_per_customer() {
        CustomerEntity customer = customers.save(aCustomer().build());
        CustomerEntity someoneElse = customers.save(aCustomer().build());
        CommunicationEntity march = communications.save(message(customer, "2025-03-01T10:00:00Z"));
        CommunicationEntity january = communications.save(message(customer, "2025-01-01T10:00:00Z"));
        CommunicationEntity february = communications.save(message(customer, "2025-02-01T10:00:00Z"));
        communications.save(message(someoneElse, "2025-04-01T10:00:00Z"));

        assertThat(communications.findByCustomerIdOrderBySentAtDescIdDesc(customer.getId(), PageRequest.of(0, 2)))
                .containsExactly(march, february);
        assertThat(communications.findByCustomerIdOrderBySentAtDescIdDesc(customer.getId(), PageRequest.of(1, 2)))
                .containsExactly(january);
        assertThat(communications.countByCustomerId(customer.getId())).isEqualTo(3);
    }

    @Test
    void a_campaign_message_is_read_back_with_its_campaign() {
        CustomerEntity customer = customers.save(aCustomer().build());
        MarketingCampaignEntity campaign = campaigns.save(new MarketingCampaignEntity(
                "COMM-TEST-1", "Spring offer", "NURTURING", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 31)));
        CommunicationEntity message = communications.saveAndFlush(new CommunicationEntity(
                customer,
                Instant.parse("2025-03-15T08:00:00Z"),
                CommunicationChannel.EMAIL,
                CommunicationKind.CAMPAIGN,
                "Fibre at half price",
                campaign));
        entityManager.clear();

        CommunicationEntity read = communications.findById(message.getId()).orElseThrow();

        assertThat(read.getSentAt()).isEqualTo(Instant.parse("2025-03-15T08:00:00Z"));
        assertThat(read.getChannel()).isEqualTo(CommunicationChannel.EMAIL);
        assertThat(read.getKind()).isEqualTo(CommunicationKind.CAMPAIGN);
        assertThat(read.getSubject()).isEqualTo("Fibre at half price");
        assertThat(read.getCampaign())
                .get()
                .extracting(MarketingCampaignEntity::getCode)
                .isEqualTo("COMM-TEST-1");
    }

    private static CommunicationEntity message(CustomerEntity customer, String sentAt) {
        return new CommunicationEntity(
                customer,
                Instant.parse(sentAt),
                CommunicationChannel.POST,
                CommunicationKind.SERVICE_MESSAGE,
                "Planned maintenance",
                null);
    }
}
