package be.cloudgroup.privacy.ui.layout;

import com.vaadin.flow.component.Component;

/**
 * A banner a feature puts under the shell's header on every page (e.g. the assist session's),
 * contributed as a Spring bean so that the layout imports no feature.
 */
@FunctionalInterface
public interface LayoutBanner {

    /** A new banner for one browser tab's layout. */
    Component create();
}
