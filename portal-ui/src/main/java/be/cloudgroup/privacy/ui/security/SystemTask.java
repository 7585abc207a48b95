package be.cloudgroup.privacy.ui.security;

import be.cloudgroup.privacy.account.AdminBootstrap;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work as the portal itself: the only holder of the SYSTEM authority, never a
 * person, audited as "system". The security context is cleared afterwards, whatever happens.
 */
public final class SystemTask {

    private SystemTask() {}

    public static <T> T run(Supplier<T> work) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "system", null, List.of(new SimpleGrantedAuthority(AdminBootstrap.SYSTEM_AUTHORITY))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
