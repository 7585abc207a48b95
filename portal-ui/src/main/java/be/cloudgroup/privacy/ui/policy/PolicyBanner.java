package be.cloudgroup.privacy.ui.policy;

import be.cloudgroup.privacy.account.CurrentAccount;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.policy.PolicyService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;

/**
 * On the rights pages that stay open before the customer acknowledged a new privacy statement: a
 * line that asks them to read it, with a link to {@link PolicyUpdateView}. Read again after every
 * navigation of its browser tab (a listener on the UI, registered while attached), so it
 * disappears once they acknowledged.
 */
class PolicyBanner extends Div {

    private final transient PolicyService policy;
    private Registration navigation;

    PolicyBanner(PolicyService policy) {
        this.policy = policy;
        setId("policy-banner");
        addClassName("policy-banner");
        getElement().setAttribute("role", "status");
        add(
                new Span(getTranslation("policy.banner.text")),
                new RouterLink(getTranslation("policy.banner.link"), PolicyUpdateView.class));
        setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        navigation = event.getUI()
                .addAfterNavigationListener(after -> refresh(after.getLocation().getPath()));
        refresh(event.getUI().getInternals().getActiveViewLocation().getPath());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (navigation != null) {
            navigation.remove();
            navigation = null;
        }
    }

    private void refresh(String path) {
        boolean customer = CurrentAccount.get()
                .filter(account -> account.has(Role.CUSTOMER))
                .isPresent();
        setVisible(customer
                && AcknowledgementCheck.isRightsPage(path)
                && policy.pendingAcknowledgement().isPresent());
    }
}
