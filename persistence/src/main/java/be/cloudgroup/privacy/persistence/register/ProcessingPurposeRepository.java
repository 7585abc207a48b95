package be.cloudgroup.privacy.persistence.register;

import be.cloudgroup.privacy.register.DataCategory;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Purposes of the register of processing; every finder fetches what it returns in one statement
 * (Hibernate 6 removes the duplicate roots of a collection fetch join itself).
 */
public interface ProcessingPurposeRepository extends JpaRepository<ProcessingPurposeEntity, Long> {

    /** Active purposes by position, with their categories. */
    @Query("""
            select p from ProcessingPurposeEntity p
            left join fetch p.categories
            where p.active = true
            order by p.position""")
    List<ProcessingPurposeEntity> findActiveWithCategories();

    /** Active purposes using a category, by position, with all their categories. */
    @Query("""
            select p from ProcessingPurposeEntity p
            left join fetch p.categories
            where p.active = true and :category member of p.categories
            order by p.position""")
    List<ProcessingPurposeEntity> findActiveUsingWithCategories(@Param("category") DataCategory category);

    /**
     * The given purposes again, now with their recipients: a second statement instead of a second
     * fetch join, so the result does not multiply categories by recipients.
     */
    @Query("""
            select p from ProcessingPurposeEntity p
            left join fetch p.recipients
            where p in :purposes""")
    List<ProcessingPurposeEntity> fetchRecipients(@Param("purposes") Collection<ProcessingPurposeEntity> purposes);
}
