package be.cloudgroup.privacy.ui.layout;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The menu entries the signed-in account may open, worked out once per session and sign-in.
 * Vaadin checks every route's access anew on each {@link MenuConfiguration#getMenuEntries()} call,
 * and that check scans the class path under the class loader's lock: with many customers loading
 * pages at once, page loads queued on it (README, Performance). The entries depend only on who is
 * signed in and with which roles, so they are kept in the session under that key.
 */
public final class SessionMenu {

    private static final String KEY = SessionMenu.class.getName();

    private record Kept(@Nullable String name, Set<String> authorities, List<MenuEntry> entries)
            implements Serializable {}

    private SessionMenu() {}

    public static List<MenuEntry> entries() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String name = authentication == null ? null : authentication.getName();
        Set<String> authorities = authentication == null
                ? Set.of()
                : authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toUnmodifiableSet());
        VaadinSession session = VaadinSession.getCurrent();
        if (session.getAttribute(KEY) instanceof Kept kept
                && Objects.equals(kept.name(), name)
                && kept.authorities().equals(authorities)) {
            return kept.entries();
        }
        List<MenuEntry> entries = List.copyOf(MenuConfiguration.getMenuEntries());
        session.setAttribute(KEY, new Kept(name, authorities, entries));
        return entries;
    }
}
