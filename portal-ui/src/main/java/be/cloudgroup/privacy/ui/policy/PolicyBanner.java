package be.cloudgroup.privacy.ui.policy;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;

/**
 * On the rights pages that stay open before the customer acknowledged a new privacy statement: a
 * line that asks them to read it, with a link to {@link PolicyUpdateView}. {@link AcknowledgementCheck}
 * decides on every navigation, before the page is entered, and leaves its answer on the browser
 * tab's UI ({@link #show}); the banner reads it when it is attached and after every navigation.
 */
class PolicyBanner extends Div {

    private static final String SHOWN = PolicyBanner.class.getName();

    private Registration navigation;

    PolicyBanner() {
        setId("policy-banner");
        addClassName("policy-banner");
        getElement().setAttribute("role", "status");
        add(
                new Span(getTranslation("policy.banner.text")),
                new RouterLink(getTranslation("policy.banner.link"), PolicyUpdateView.class));
        setVisible(false);
    }

    /** Whether the page being entered in this tab shows the banner. */
    static void show(UI ui, boolean shown) {
        ComponentUtil.setData(ui, SHOWN, shown ? Boolean.TRUE : null);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        navigation = ui.addAfterNavigationListener(after -> refresh(ui));
        refresh(ui);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (navigation != null) {
            navigation.remove();
            navigation = null;
        }
    }

    private void refresh(UI ui) {
        setVisible(Boolean.TRUE.equals(ComponentUtil.getData(ui, SHOWN)));
    }
}
