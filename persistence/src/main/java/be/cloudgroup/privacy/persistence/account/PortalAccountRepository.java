package be.cloudgroup.privacy.persistence.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PortalAccountRepository extends JpaRepository<PortalAccountEntity, Long> {

    Optional<PortalAccountEntity> findByIssuerAndSubject(String issuer, String subject);

    Optional<PortalAccountEntity> findByEmailAndIssuerIsNull(String email);

    boolean existsByEmail(String email);
}
