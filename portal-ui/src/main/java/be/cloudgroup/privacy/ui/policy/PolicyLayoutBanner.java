package be.cloudgroup.privacy.ui.policy;

import be.cloudgroup.privacy.ui.layout.LayoutBanner;
import com.vaadin.flow.component.Component;

/** Puts the {@link PolicyBanner} on every page of the shell; it shows itself on the rights pages only. */
@org.springframework.stereotype.Component
class PolicyLayoutBanner implements LayoutBanner {

    @Override
    public Component create() {
        return new PolicyBanner();
    }
}
