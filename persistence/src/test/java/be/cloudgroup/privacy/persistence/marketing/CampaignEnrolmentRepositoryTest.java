package be.cloudgroup.privacy.persistence.marketing;

import static be.cloudgroup.privacy.persistence.customer.Customers.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.persistence.PersistenceTest;
import be.cloudgroup.privacy.persistence.customer.CustomerEntity;
import be.cloudgroup.privacy.persistence.customer.CustomerRepository;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class CampaignEnrolmentRepositoryTest extends PersistenceTest {

    @Autowired
    CampaignEnrolmentRepository enrolments;

    @Autowired
    MarketingCampaignRepository campaigns;

    @Autowired
    CustomerRepository customers;

    @Autowired
    EntityManager entityManager;

    @Test
    void enrolments_are_paged_newest_first_with_their_campaign() {
        CustomerEntity customer = customers.save(aCustomer().build());
        MarketingCampaignEntity spring = campaigns.save(campaign("ENR-SPRING", LocalDate.of(2025, 3, 1)));
        MarketingCampaignEntity autumn = campaigns.save(campaign("ENR-AUTUMN", LocalDate.of(2025, 9, 1)));
        enrolments.save(
                new CampaignEnrolmentEntity(customer, spring, LocalDate.of(2025, 3, 2), LocalDate.of(2025, 5, 31)));
        enrolments.save(
                new CampaignEnrolmentEntity(customer, autumn, LocalDate.of(2025, 9, 2), LocalDate.of(2025, 11, 30)));
        enrolments.flush();
        entityManager.clear();

        List<CampaignEnrolmentEntity> page = enrolments
                .findByCustomerIdOrderByEnrolledOnDescIdDesc(customer.getId(), PageRequest.of(0, 10))
                .getContent();

        assertThat(page)
                .extracting(CampaignEnrolmentEntity::getEnrolledOn)
                .containsExactly(LocalDate.of(2025, 9, 2), LocalDate.of(2025, 3, 2));
        assertThat(page).allMatch(enrolment -> Hibernate.isInitialized(enrolment.getCampaign()));
        assertThat(page)
                .extracting(enrolment -> enrolment.getCampaign().getCode())
                .containsExactly("ENR-AUTUMN", "ENR-SPRING");
        assertThat(enrolments.countByCustomerId(customer.getId())).isEqualTo(2);
    }

    @Test
    void a_customer_is_enrolled_in_a_campaign_at_most_once() {
        CustomerEntity customer = customers.save(aCustomer().build());
        MarketingCampaignEntity campaign = campaigns.save(campaign("ENR-ONCE", LocalDate.of(2025, 3, 1)));
        enrolments.saveAndFlush(
                new CampaignEnrolmentEntity(customer, campaign, LocalDate.of(2025, 3, 2), LocalDate.of(2025, 5, 31)));

        assertThatThrownBy(() -> enrolments.saveAndFlush(new CampaignEnrolmentEntity(
                        customer, campaign, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 31))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_campaign_is_found_by_its_code() {
        MarketingCampaignEntity campaign = campaigns.saveAndFlush(campaign("ENR-CODE", LocalDate.of(2025, 3, 1)));
        entityManager.clear();

        MarketingCampaignEntity read = campaigns.findByCode("ENR-CODE").orElseThrow();

        assertThat(read.getId()).isEqualTo(campaign.getId());
        assertThat(read.getName()).isEqualTo("Campaign ENR-CODE");
        assertThat(read.getPurposeCode()).isEqualTo("NURTURING");
        assertThat(read.getStartsOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(read.getEndsOn()).isEqualTo(LocalDate.of(2025, 5, 30));
        assertThat(campaigns.findByCode("ENR-NONE")).isEmpty();
    }

    private static MarketingCampaignEntity campaign(String code, LocalDate startsOn) {
        return new MarketingCampaignEntity(code, "Campaign " + code, "NURTURING", startsOn, startsOn.plusDays(90));
    }
}
