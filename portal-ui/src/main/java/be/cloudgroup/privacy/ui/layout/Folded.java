package be.cloudgroup.privacy.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.function.SerializableSupplier;

/**
 * Detail a reader opens when they want it (Vaadin {@code Details}), built the first time it is
 * opened: a folded text costs no components in the open tab until someone reads it.
 */
public class Folded extends Details {

    public Folded(String summary, SerializableSupplier<? extends Component> content) {
        super(summary);
        addClassName("portal-folded");
        addOpenedChangeListener(change -> {
            if (change.isOpened() && getContent().findAny().isEmpty()) {
                add(content.get());
            }
        });
    }
}
