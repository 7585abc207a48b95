package be.cloudgroup.privacy.account;

import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.Auditor;
import be.cloudgroup.privacy.customer.CustomerDirectory;
import be.cloudgroup.privacy.customer.CustomerNumber;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-service addresses never carry a customer id. When a signed-in person opens an address that
 * does not exist and it names another existing customer's public number, the page answers "not
 * found" and the attempt is recorded for the administrators. It is not put on that customer's
 * activity page, which would show them the name of whoever tried. It lives with the account (whose
 * address it was) so that the customer inventory does not depend on who is signed in.
 *
 * <p>Bounded: only the first {@link #SEGMENTS} segments of at most {@link #MAX_PATH} characters are
 * looked at, one audit event per address names every foreign number found, and the account's
 * {@link RateLimiter} stops a script that opens such addresses over and over (it still gets "not
 * found", without a record).
 */
@Service
public class ForeignReferenceGuard {

    static final String TARGET = "customer";

    /** How many segments of an address may name a customer (e.g. {@code my-data/CG…/…}). */
    public static final int SEGMENTS = 4;

    /** The longest address recorded; longer ones are cut. */
    public static final int MAX_PATH = 200;

    private final CustomerDirectory directory;
    private final Auditor auditor;

    private final RateLimiter limiter;

    public ForeignReferenceGuard(CustomerDirectory directory, Auditor auditor, RateLimiter limiter) {
        this.directory = directory;
        this.auditor = auditor;
        this.limiter = limiter;
    }

    /** @param path the address that was not found, relative to the portal (no query string) */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void unknownAddressOpened(String path) {
        AccountPrincipal account = CurrentAccount.require();
        String shown = path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path;
        List<CustomerNumber> named = Arrays.stream(shown.split("/", SEGMENTS + 1))
                .limit(SEGMENTS)
                .map(segment -> segment.toUpperCase(Locale.ROOT))
                .filter(CustomerNumber::isValid)
                .map(CustomerNumber::valueOf)
                .filter(number -> !number.toString().equals(account.customerNumber()))
                .distinct()
                .toList();
        if (named.isEmpty() || !limiter.tryAcquire()) {
            return;
        }
        List<String> foreign = named.stream()
                .filter(number -> directory.idOf(number).isPresent())
                .map(CustomerNumber::toString)
                .toList();
        if (!foreign.isEmpty()) {
            auditor.record(
                    AuditAction.FOREIGN_REFERENCE_REFUSED,
                    null,
                    TARGET,
                    foreign.get(0),
                    foreign.size() == 1
                            ? Map.of("path", shown)
                            : Map.of("path", shown, "numbers", String.join(", ", foreign)));
        }
    }
}
