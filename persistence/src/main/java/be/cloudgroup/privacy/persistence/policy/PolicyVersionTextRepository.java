package be.cloudgroup.privacy.persistence.policy;

import be.cloudgroup.privacy.shared.Language;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The texts of the statement's versions, one per version and language. */
public interface PolicyVersionTextRepository extends JpaRepository<PolicyVersionTextEntity, Long> {

    List<PolicyVersionTextEntity> findByVersion(int version);

    @Query("select t.language from PolicyVersionTextEntity t where t.version = :version")
    Set<Language> findLanguages(int version);

    /** Which version has a text in which language, without loading the texts. */
    @Query("select t.version as version, t.language as language from PolicyVersionTextEntity t")
    List<VersionLanguage> findAllLanguages();

    interface VersionLanguage {
        int getVersion();

        Language getLanguage();
    }
}
