package be.cloudgroup.privacy.ui.policy;

import be.cloudgroup.privacy.policy.PolicyService;
import be.cloudgroup.privacy.policy.PolicyVersionSummary;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.layout.Formats;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** The admin's list of the statement's versions and the form to publish the next one. */
@Route("admin/policy")
@Menu(title = "policy.nav.admin", order = 9, icon = "vaadin:file-text-o")
@RolesAllowed("ADMIN")
public class PolicyAdminView extends Page {

    private final transient PolicyService policy;
    private final Grid<PolicyVersionSummary> versions = new Grid<>();

    public PolicyAdminView(PolicyService policy) {
        super("policy.admin.title");
        this.policy = policy;
        versions.setId("policy-versions");
        versions.setAriaLabel(getTranslation("policy.admin.versions"));
        versions.addColumn(PolicyVersionSummary::version).setHeader(getTranslation("policy.admin.column.version"));
        Formats formats = new Formats(getLocale());
        versions.addColumn(version -> formats.moment(version.publishedAt()))
                .setHeader(getTranslation("policy.admin.column.in-force-from"));
        versions.addColumn(version ->
                        getTranslation(version.material() ? "policy.admin.material.yes" : "policy.admin.material.no"))
                .setHeader(getTranslation("policy.admin.column.material"));
        versions.addColumn(version -> version.languages().stream()
                        .sorted()
                        .map(Language::name)
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("policy.admin.column.languages"));
        versions.addColumn(version -> version.publisher().orElseGet(() -> getTranslation("policy.admin.original")))
                .setHeader(getTranslation("policy.admin.column.published-by"));
        versions.getColumns().forEach(column -> column.setAutoWidth(true));
        versions.setAllRowsVisible(true);
        refresh();
        PublishPolicyForm form = new PublishPolicyForm(command -> {
            int number = policy.publish(command);
            refresh();
            Notification.show(
                    getTranslation("policy.admin.published", number), 5000, Notification.Position.BOTTOM_START);
        });
        add(
                paragraph("policy.admin.intro"),
                new H2(getTranslation("policy.admin.versions")),
                versions,
                new H2(getTranslation("policy.admin.publish.title")),
                form);
    }

    private void refresh() {
        versions.setItems(policy.versions());
    }
}
