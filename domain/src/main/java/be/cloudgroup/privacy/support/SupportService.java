package be.cloudgroup.privacy.support;

import be.cloudgroup.privacy.assist.AssistOperation;
import be.cloudgroup.privacy.assist.AssistRefusedException;
import be.cloudgroup.privacy.assist.CurrentSubject;
import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.Auditor;
import be.cloudgroup.privacy.customer.CustomerDirectory;
import be.cloudgroup.privacy.customer.CustomerMatch;
import be.cloudgroup.privacy.shared.InvalidValueException;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets support staff find a customer to help. Returns only what identifies the customer, at most
 * {@link #MAX_RESULTS} matches for a term of at least {@link #TERM_MIN_LENGTH} characters; every
 * search is audited (who, term, count). Not available inside an assist session.
 */
@Service
@Transactional
public class SupportService {

    public static final int TERM_MIN_LENGTH = 3;
    public static final int TERM_MAX_LENGTH = 100;
    public static final int MAX_RESULTS = 50;

    /** The matches (at most {@link #MAX_RESULTS}) and how many there are in all. */
    public record SearchResult(List<CustomerMatch> matches, long total) {

        public SearchResult {
            matches = List.copyOf(matches);
        }

        /** Whether there were more matches than shown: the staff member should refine the term. */
        public boolean capped() {
            return total > matches.size();
        }
    }

    private final CustomerDirectory directory;
    private final Auditor auditor;
    private final CurrentSubject subject;

    public SupportService(CustomerDirectory directory, Auditor auditor, CurrentSubject subject) {
        this.directory = directory;
        this.auditor = auditor;
        this.subject = subject;
    }

    /**
     * @throws InvalidValueException  when the term is shorter than 3 or longer than 100 characters
     * @throws AssistRefusedException inside an assist session
     */
    @RolesAllowed({"SUPPORT", "ADMIN"})
    public SearchResult search(String term) {
        String valid = validTerm(term);
        if (subject.inSession()) {
            throw new AssistRefusedException(
                    AssistRefusedException.Reason.FORBIDDEN_IN_SESSION,
                    AssistOperation.STAFF_TOOLS + " is never used during an assist session");
        }
        List<CustomerMatch> matches = directory.search(valid, 0, MAX_RESULTS);
        long total = matches.size() < MAX_RESULTS ? matches.size() : directory.countMatches(valid);
        auditor.record(
                AuditAction.CUSTOMER_SEARCHED,
                null,
                "customer_search",
                null,
                Map.of("term", valid, "count", Long.toString(total)));
        return new SearchResult(matches, total);
    }

    /** @throws InvalidValueException when the term is shorter than 3 or longer than 100 characters */
    public static String validTerm(String term) {
        String trimmed = term == null ? "" : term.trim();
        if (trimmed.length() < TERM_MIN_LENGTH || trimmed.length() > TERM_MAX_LENGTH) {
            throw new InvalidValueException(
                    "validation.search.term-length",
                    "A search term needs 3 to 100 characters",
                    TERM_MIN_LENGTH,
                    TERM_MAX_LENGTH);
        }
        return trimmed;
    }
}
