package be.cloudgroup.privacy.ui.activity;

import be.cloudgroup.privacy.ui.layout.MainLayout;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Route of the customer's "activity" area; its content arrives with its own feature. */
@Route(value = "activity", layout = MainLayout.class)
@RolesAllowed("CUSTOMER")
public class ActivityView extends Page {

    public ActivityView() {
        super("activity.title");
        add(paragraph("activity.intro"), paragraph("page.upcoming"));
    }
}
