package be.cloudgroup.privacy.support;

import be.cloudgroup.privacy.customer.CustomerDirectory;
import be.cloudgroup.privacy.customer.CustomerMatch;

import be.cloudgroup.privacy.shared.InvalidValueException;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lets support staff find a customer to help. Returns only what identifies the customer. */
@Service
@Transactional(readOnly = true)
public class SupportService {

    public static final int TERM_MIN_LENGTH = 2;
    public static final int TERM_MAX_LENGTH = 100;

    private final CustomerDirectory directory;

    public SupportService(CustomerDirectory directory) {
        this.directory = directory;
    }

    @RolesAllowed({"SUPPORT", "ADMIN"})
    public List<CustomerMatch> search(String term, int offset, int limit) {
        return directory.search(validTerm(term), offset, limit);
    }

    @RolesAllowed({"SUPPORT", "ADMIN"})
    public long count(String term) {
        return directory.countMatches(validTerm(term));
    }

    /** @throws InvalidValueException when the term is shorter than 2 or longer than 100 characters */
    public static String validTerm(String term) {
        String trimmed = term == null ? "" : term.trim();
        if (trimmed.length() < TERM_MIN_LENGTH || trimmed.length() > TERM_MAX_LENGTH) {
            throw new InvalidValueException("validation.search.term-length",
                    "A search term needs 2 to 100 characters", TERM_MIN_LENGTH, TERM_MAX_LENGTH);
        }
        return trimmed;
    }
}
