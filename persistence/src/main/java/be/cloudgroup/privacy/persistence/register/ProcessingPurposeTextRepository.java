package be.cloudgroup.privacy.persistence.register;

import be.cloudgroup.privacy.shared.Language;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Texts of the register's purposes. */
public interface ProcessingPurposeTextRepository extends JpaRepository<ProcessingPurposeTextEntity, Long> {

    /** The texts of the given purposes in the given languages, in one statement. */
    @Query("""
            select t from ProcessingPurposeTextEntity t
            where t.purpose in :purposes and t.language in :languages""")
    List<ProcessingPurposeTextEntity> findByPurposesAndLanguages(
            @Param("purposes") Collection<ProcessingPurposeEntity> purposes,
            @Param("languages") Collection<Language> languages);
}
