package be.cloudgroup.privacy.ui.assist;

import be.cloudgroup.privacy.ui.layout.LayoutBanner;
import com.vaadin.flow.component.Component;

/** Puts the {@link AssistBanner} on every page of the shell. */
@org.springframework.stereotype.Component
class AssistLayoutBanner implements LayoutBanner {

    @Override
    public Component create() {
        return new AssistBanner();
    }
}
