package be.cloudgroup.privacy.persistence.customer;

import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Customers: looked up by their public number, or searched by support staff a page at a time. */
public interface CustomerRepository extends JpaRepository<CustomerEntity, Long> {

    /** Exact match; pass the canonical form ({@code CustomerNumber.toString()}), as stored. */
    Optional<CustomerEntity> findByCustomerNumber(String customerNumber);

    boolean existsByCustomerNumber(String customerNumber);

    /**
     * Customers whose number equals {@code term} (ignoring case), or whose e-mail address, last
     * name or company name starts with it, ordered by last name, company name and id (a sort in
     * {@code pageable} only breaks ties). Wildcards in the term match literally; a blank term
     * matches nobody. Name and e-mail matching ignore case through the database's
     * case-insensitive collation (utf8mb4_unicode_ci), so that the indexes on these columns serve
     * the search; lower() on the columns would make every search a full table scan.
     */
    default Page<CustomerEntity> search(String term, Pageable pageable) {
        if (term == null || term.isBlank()) {
            return Page.empty(pageable);
        }
        String stripped = term.strip();
        return searchByNumberOrPrefix(stripped.toUpperCase(Locale.ROOT), prefix(stripped), pageable);
    }

    /** How many customers {@link #search(String, Pageable)} finds, in one count query. */
    default long countMatches(String term) {
        if (term == null || term.isBlank()) {
            return 0;
        }
        String stripped = term.strip();
        return countByNumberOrPrefix(stripped.toUpperCase(Locale.ROOT), prefix(stripped));
    }

    /** The term as a LIKE prefix; '!' escapes, as a backslash would need escaping again in MariaDB literals. */
    private static String prefix(String term) {
        return term.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** Use {@link #search(String, Pageable)}, which escapes the term and makes it a prefix. */
    @Query("""
            select c from CustomerEntity c
            where c.customerNumber = :number
               or c.email like :prefix escape '!'
               or c.lastName like :prefix escape '!'
               or c.companyName like :prefix escape '!'
            order by c.lastName, c.companyName, c.id
            """)
    Page<CustomerEntity> searchByNumberOrPrefix(
            @Param("number") String number, @Param("prefix") String prefix, Pageable pageable);

    /** Use {@link #countMatches(String)}. */
    @Query("""
            select count(c) from CustomerEntity c
            where c.customerNumber = :number
               or c.email like :prefix escape '!'
               or c.lastName like :prefix escape '!'
               or c.companyName like :prefix escape '!'
            """)
    long countByNumberOrPrefix(@Param("number") String number, @Param("prefix") String prefix);
}
