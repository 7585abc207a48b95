package be.cloudgroup.privacy.ui.activity;

import be.cloudgroup.privacy.activity.ActivityFilter;
import be.cloudgroup.privacy.activity.ActivityService;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The customer's activity: sign-ins, their own changes and every access or change by staff,
 * newest first, loaded page by page from the audit trail, filtered by kind and days.
 */
@Route("activity")
@Menu(title = "activity.nav", order = 5, icon = "vaadin:clock")
@RolesAllowed("CUSTOMER")
public class ActivityView extends Page {

    public ActivityView(ActivityService activity) {
        super("activity.title");
        add(paragraph("activity.intro"));
        if (activity.count(ActivityFilter.EVERYTHING) == 0) {
            Paragraph empty = paragraph("activity.empty");
            empty.setId("activity-empty");
            add(empty);
        } else {
            ActivityGrid grid = new ActivityGrid(activity);
            add(new ActivityFilterForm(grid::filter), grid);
        }
    }
}
