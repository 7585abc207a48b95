package be.cloudgroup.privacy.persistence.register;

import org.springframework.data.jpa.repository.JpaRepository;

/** Recipients (processors) named in the register of processing. */
public interface RecipientRepository extends JpaRepository<RecipientEntity, Long> {}
