package be.cloudgroup.privacy.mydata;

import be.cloudgroup.privacy.assist.CurrentSubject;
import be.cloudgroup.privacy.preferences.ConsentHistory;
import be.cloudgroup.privacy.preferences.ConsentLedger;
import be.cloudgroup.privacy.preferences.ConsentSubject;
import be.cloudgroup.privacy.preferences.Decision;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.register.ProcessingRegister;
import be.cloudgroup.privacy.register.PurposeDetails;
import be.cloudgroup.privacy.shared.Language;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My data" (GDPR Art. 15): what is stored about the signed-in customer and why. The subject is
 * always the signed-in customer (or the customer of an open assist session); no method accepts a customer id. Reading one's own data is not
 * audited (the customer is the subject and the actor; staff access is audited where it happens).
 */
@Service
@Transactional(readOnly = true)
public class MyDataService {

    /** How many sign-ins "My data" lists; Activity pages through all of them. */
    public static final int RECENT_SIGN_INS = 10;

    /** The largest invoice page a caller may ask for. */
    public static final int MAX_PAGE_SIZE = 1000;

    private final MyDataReader reader;
    private final ProcessingRegister register;
    private final ConsentLedger ledger;
    private final CurrentSubject subject;

    public MyDataService(
            MyDataReader reader, ProcessingRegister register, ConsentLedger ledger, CurrentSubject subject) {
        this.reader = reader;
        this.register = register;
        this.ledger = ledger;
        this.subject = subject;
    }

    /** Everything stored about the signed-in customer except the invoices, each list read in one statement. */
    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"}) // staff only in an open assist session (CurrentSubject)
    public MyDataDetails myData() {
        long customerId = subject.customerId();
        PersonalDetails person = reader.person(customerId)
                .orElseThrow(() -> new IllegalStateException("Linked customer " + customerId + " does not exist"));
        return new MyDataDetails(
                person,
                reader.contracts(customerId),
                reader.tickets(customerId),
                reader.communications(customerId),
                reader.enrolments(customerId),
                subscriptions(customerId),
                reader.recentSignIns(customerId, RECENT_SIGN_INS));
    }

    /**
     * For every data category of "My data", the active purposes of the register that use it (Art.
     * 15(1) a–h), in the given language. The register is read once and grouped here, rather than
     * once per category.
     */
    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"})
    public Map<DataCategory, List<PurposeDetails>> purposesByCategory(Language language) {
        List<PurposeDetails> purposes = register.activePurposes(Objects.requireNonNull(language, "language"));
        Map<DataCategory, List<PurposeDetails>> byCategory = new EnumMap<>(DataCategory.class);
        for (DataCategory category : DataCategory.values()) {
            byCategory.put(
                    category,
                    purposes.stream().filter(purpose -> purpose.uses(category)).toList());
        }
        return byCategory;
    }

    /**
     * The subscriptions per topic and channel as the consent ledger says now (the ledger is their
     * only record), by topic and channel; a topic never decided is not listed.
     */
    private List<SubscriptionDetails> subscriptions(long customerId) {
        return new ConsentHistory(ledger.entriesOf(customerId))
                .current().stream()
                        .filter(entry -> entry.subject() instanceof ConsentSubject.Topic)
                        .map(entry -> {
                            ConsentSubject.Topic topic = (ConsentSubject.Topic) entry.subject();
                            return new SubscriptionDetails(
                                    topic.topic(),
                                    topic.channel(),
                                    entry.decision() == Decision.GIVEN,
                                    entry.decidedAt());
                        })
                        .sorted(Comparator.comparing(SubscriptionDetails::topic)
                                .thenComparing(SubscriptionDetails::channel))
                        .toList();
    }

    /** A page of the signed-in customer's invoices, newest first. */
    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"})
    public List<InvoiceSummary> invoices(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("offset must be >= 0 and limit between 1 and " + MAX_PAGE_SIZE);
        }
        return reader.invoices(subject.customerId(), offset, limit);
    }

    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"})
    public long countInvoices() {
        return reader.countInvoices(subject.customerId());
    }
}
