package be.cloudgroup.privacy.ui.policy;

import be.cloudgroup.privacy.account.CurrentAccount;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.policy.PolicyService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Sends a customer who has not yet acknowledged the material version in force to
 * {@link PolicyUpdateView}, whatever route they open, until they acknowledge it. The statement
 * itself, the error pages, everything outside the signed-in portal and the pages where the customer
 * exercises their rights ({@link #RIGHTS_PAGES}: an unread statement never stands between a person
 * and their data) stay reachable, with the {@link PolicyBanner} asking them to read it; staff are
 * never asked.
 */
@Component
class AcknowledgementCheck implements VaadinServiceInitListener {

    private static final Set<Class<?>> ALWAYS_OPEN = Set.of(PolicyUpdateView.class, PolicyStatementView.class);

    /** The rights pages by route (no view imports): my data, preferences, download, activity, requests. */
    static final Set<String> RIGHTS_PAGES = Set.of("my-data", "preferences", "download", "activity", "requests");

    private final transient PolicyService policy;

    AcknowledgementCheck(PolicyService policy) {
        this.policy = policy;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        boolean rightsPage = isRightsPage(event.getLocation().getPath());
        boolean open = ALWAYS_OPEN.contains(target) || HasErrorParameter.class.isAssignableFrom(target);
        boolean customer = CurrentAccount.get()
                .filter(account -> account.has(Role.CUSTOMER))
                .isPresent();
        boolean pending = customer
                && (rightsPage || !open)
                && policy.pendingAcknowledgement().isPresent();
        PolicyBanner.show(event.getUI(), pending && rightsPage);
        if (pending && !rightsPage && !open) {
            event.forwardTo(PolicyUpdateView.class);
        }
    }

    /** A rights page or a detail under one (a request of the customer), not a page that changes data. */
    static boolean isRightsPage(String path) {
        return RIGHTS_PAGES.contains(path) || path.startsWith("requests/");
    }
}
