package be.cloudgroup.privacy.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.function.SerializableSupplier;

/**
 * Detail a reader opens when they want it, built the first time it is opened: a folded text costs
 * no components in the open tab until someone reads it. One {@code <vaadin-details>} element whose
 * summary is its {@code summary} property (the web component draws the summary itself): an open
 * tab holds one state node per fold, not the four of a {@code Details} (summary component, its
 * text, content container).
 */
@Tag("vaadin-details")
public class Folded extends Component implements HasStyle {

    private final SerializableSupplier<? extends Component> content;

    public Folded(String summary, SerializableSupplier<? extends Component> content) {
        this.content = content;
        addClassName("portal-folded");
        getElement().setProperty("summary", summary);
        getElement().addPropertyChangeListener("opened", "opened-changed", change -> {
            if (isOpened()) {
                build();
            }
        });
    }

    public boolean isOpened() {
        return getElement().getProperty("opened", false);
    }

    /** Opens or closes it, as the reader's click does (the listener above builds the content). */
    public void setOpened(boolean opened) {
        getElement().setProperty("opened", opened);
    }

    private void build() {
        if (getElement().getChildCount() == 0) {
            getElement().appendChild(content.get().getElement());
        }
    }
}
