package be.cloudgroup.privacy.ui.policy;

import be.cloudgroup.privacy.account.CurrentAccount;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.policy.PolicyService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;

/**
 * On the rights pages that stay open before the customer acknowledged a new privacy statement: a
 * line that asks them to read it, with a link to {@link PolicyUpdateView}. Read again on every
 * navigation, so it disappears once they acknowledged. The banner itself stays visible (and empty)
 * and shows or hides its line: a hidden component is not told of navigations.
 */
class PolicyBanner extends Div implements AfterNavigationObserver {

    private final transient PolicyService policy;
    private final Div line = new Div();

    PolicyBanner(PolicyService policy) {
        this.policy = policy;
        line.setId("policy-banner");
        line.addClassName("policy-banner");
        line.getElement().setAttribute("role", "status");
        line.add(
                new Span(getTranslation("policy.banner.text")),
                new RouterLink(getTranslation("policy.banner.link"), PolicyUpdateView.class));
        line.setVisible(false);
        add(line);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        boolean customer = CurrentAccount.get()
                .filter(account -> account.has(Role.CUSTOMER))
                .isPresent();
        line.setVisible(customer
                && AcknowledgementCheck.isRightsPage(event.getLocation().getPath())
                && policy.pendingAcknowledgement().isPresent());
    }
}
