package be.cloudgroup.privacy.ui.consent;

import be.cloudgroup.privacy.ui.layout.MainLayout;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Route of the customer's "preferences" area; its content arrives with its own feature. */
@Route(value = "preferences", layout = MainLayout.class)
@RolesAllowed("CUSTOMER")
public class PreferencesView extends Page {

    public PreferencesView() {
        super("preferences.title");
        add(paragraph("preferences.intro"), paragraph("page.upcoming"));
    }
}
