package be.cloudgroup.privacy.account;

import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.Auditor;
import be.cloudgroup.privacy.customer.CustomerDirectory;
import be.cloudgroup.privacy.customer.CustomerNumber;
import java.util.Arrays;
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
 */
@Service
public class ForeignReferenceGuard {

    static final String TARGET = "customer";

    private final CustomerDirectory directory;
    private final Auditor auditor;

    public ForeignReferenceGuard(CustomerDirectory directory, Auditor auditor) {
        this.directory = directory;
        this.auditor = auditor;
    }

    /** @param path the address that was not found, relative to the portal (no query string) */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void unknownAddressOpened(String path) {
        AccountPrincipal account = CurrentAccount.require();
        Arrays.stream(path.split("/"))
                .map(segment -> segment.toUpperCase(Locale.ROOT))
                .filter(CustomerNumber::isValid)
                .map(CustomerNumber::valueOf)
                .filter(number -> !number.toString().equals(account.customerNumber()))
                .distinct()
                .filter(number -> directory.idOf(number).isPresent())
                .forEach(number -> auditor.record(
                        AuditAction.FOREIGN_REFERENCE_REFUSED, null, TARGET, number.toString(), Map.of("path", path)));
    }
}
