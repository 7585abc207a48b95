package be.cloudgroup.privacy.persistence.marketing;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Marketing campaigns, looked up by their code. */
public interface MarketingCampaignRepository extends JpaRepository<MarketingCampaignEntity, Long> {

    Optional<MarketingCampaignEntity> findByCode(String code);
}
