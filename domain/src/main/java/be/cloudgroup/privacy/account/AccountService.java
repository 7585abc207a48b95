package be.cloudgroup.privacy.account;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The admin's door to the portal accounts. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private final Accounts accounts;

    public AccountService(Accounts accounts) {
        this.accounts = accounts;
    }

    @RolesAllowed("ADMIN")
    public List<AccountSummary> listAccounts(int offset, int limit) {
        return accounts.list(offset, limit);
    }

    @RolesAllowed("ADMIN")
    public long countAccounts() {
        return accounts.count();
    }
}
