package be.cloudgroup.privacy.ui.export;

import be.cloudgroup.privacy.ui.layout.MainLayout;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Route of the customer's "download" area; its content arrives with its own feature. */
@Route(value = "download", layout = MainLayout.class)
@RolesAllowed("CUSTOMER")
public class DownloadView extends Page {

    public DownloadView() {
        super("download.title");
        add(paragraph("download.intro"), paragraph("page.upcoming"));
    }
}
