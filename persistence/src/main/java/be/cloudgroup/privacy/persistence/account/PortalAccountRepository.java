package be.cloudgroup.privacy.persistence.account;

import be.cloudgroup.privacy.account.Role;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PortalAccountRepository extends JpaRepository<PortalAccountEntity, Long> {

    Optional<PortalAccountEntity> findByIssuerAndSubject(String issuer, String subject);

    Optional<PortalAccountEntity> findByEmailAndIssuerIsNull(String email);

    boolean existsByEmail(String email);

    @Query("select count(a) > 0 from PortalAccountEntity a join a.roles r where r = :role")
    boolean existsWithRole(@Param("role") Role role);

    Optional<PortalAccountEntity> findByPublicId(String publicId);

    boolean existsByCustomerId(long customerId);
}
