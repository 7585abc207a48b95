package be.cloudgroup.privacy.account;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The account behind the current request, read from the security context. Services use
 * {@link #require()}; a missing or foreign principal is an access error, never a default user.
 */
public final class CurrentAccount {

    private CurrentAccount() {}

    public static Optional<AccountPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedAccount account) {
            return Optional.of(account.account());
        }
        return Optional.empty();
    }

    public static AccountPrincipal require() {
        return get().orElseThrow(() -> new AccessDeniedException("No signed-in portal account"));
    }

    /** The customer the signed-in account is linked to; only customers have one. */
    public static long requireCustomerId() {
        return require()
                .customer()
                .orElseThrow(() -> new AccessDeniedException("The signed-in account is not a customer"));
    }
}
