package be.cloudgroup.privacy.ui.security;

import be.cloudgroup.privacy.account.AdminBootstrap;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work as the portal itself: the only holder of the SYSTEM authority, never a
 * person, audited as "system". The security context is cleared afterwards, whatever happens.
 */
public final class SystemTask {

    private SystemTask() {}

    public static <T> T run(Supplier<T> work) {
        // A context of its own (not getContext().setAuthentication): the holder strategy may hand out a
        // context shared with a UI session, and a scheduler thread must never borrow or change that one.
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "system", null, List.of(new SimpleGrantedAuthority(AdminBootstrap.SYSTEM_AUTHORITY))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
