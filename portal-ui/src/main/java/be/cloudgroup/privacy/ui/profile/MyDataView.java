package be.cloudgroup.privacy.ui.profile;

import be.cloudgroup.privacy.ui.layout.MainLayout;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Route of the customer's "my-data" area; its content arrives with its own feature. */
@Route(value = "my-data", layout = MainLayout.class)
@RolesAllowed("CUSTOMER")
public class MyDataView extends Page {

    public MyDataView() {
        super("mydata.title");
        add(paragraph("mydata.intro"), paragraph("page.upcoming"));
    }
}
