package be.cloudgroup.privacy.persistence.account;

import org.springframework.data.jpa.repository.JpaRepository;

interface PortalSignInRepository extends JpaRepository<PortalSignInEntity, Long> {}
