package be.cloudgroup.privacy.ui.assist;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.CurrentAccount;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.assist.AssistService;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import java.util.List;
import java.util.Set;

/**
 * Lets a staff member into the customer's pages while their assist session is open (read from the
 * database on each navigation), and keeps them out of everything else until it ends (staff and
 * admin routes, the download, the customer's own code page). Outside a session it has no say: the
 * routes' {@code @RolesAllowed} decide, so staff without a session find no customer page. The
 * services check the session again on every call; this only decides what may be shown.
 */
class AssistNavigationAccess implements NavigationAccessChecker {

    /** The customer's pages a session shows, as route paths. */
    static final Set<String> CUSTOMER_ROUTES =
            Set.of("", "my-data", "my-data/correct", "preferences", "activity", "requests", "privacy-statement");

    private static final String ALLOWED = "assist session: customer page";
    private static final String DENIED = "assist session: only the customer's pages until the session ends";

    @Override
    public AccessCheckResult check(NavigationContext context) {
        // outside a Vaadin request (Spring Security asking whether a route is public) there is no say
        if (context.isErrorHandling() || VaadinService.getCurrent() == null) {
            return context.neutral();
        }
        AccountPrincipal account = CurrentAccount.get().orElse(null);
        if (account == null || !(account.has(Role.SUPPORT) || account.has(Role.ADMIN))) {
            return context.neutral();
        }
        AssistService assist = VaadinService.getCurrent().getInstantiator().getOrCreate(AssistService.class);
        if (assist.mySession().isEmpty()) {
            return context.neutral();
        }
        return CUSTOMER_ROUTES.contains(context.getLocation().getPath())
                ? AccessCheckResult.create(AccessCheckDecision.ALLOW, ALLOWED)
                : AccessCheckResult.create(AccessCheckDecision.DENY, DENIED);
    }

    /** This checker's word wins when it has one; otherwise Vaadin's default resolution of the others. */
    static final class Resolver implements AccessCheckDecisionResolver {

        private final DefaultAccessCheckDecisionResolver defaults = new DefaultAccessCheckDecisionResolver();

        @Override
        public AccessCheckResult resolve(List<AccessCheckResult> results, NavigationContext context) {
            for (AccessCheckResult result : results) {
                if (ALLOWED.equals(result.reason()) || DENIED.equals(result.reason())) {
                    return result;
                }
            }
            return defaults.resolve(results, context);
        }
    }
}
