package be.cloudgroup.privacy.ui.intake;

import static be.cloudgroup.privacy.ui.intake.IntakeFiles.businessLead;
import static be.cloudgroup.privacy.ui.intake.IntakeFiles.newCustomerNumber;
import static be.cloudgroup.privacy.ui.intake.IntakeFiles.privateCustomer;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.intake.IntakeConflict;
import be.cloudgroup.privacy.intake.IntakeRefusal;
import be.cloudgroup.privacy.ui.KaribuTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IntakeViewTest extends KaribuTest {

    @AfterEach
    void removeImported() {
        IntakeFiles.removeImported(data);
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_uploads_a_file_follows_it_reads_the_report_and_keeps_a_customers_value() throws Exception {
        Customer known = data.customer("Kim", "Kender");
        String file = String.join(
                "\n",
                privateCustomer(newCustomerNumber(), "Nieuw", "Veldstraat", "Gent"),
                businessLead(newCustomerNumber(), "BE0417497107"),
                privateCustomer(known.customerNumber(), "Kender", "Korenmarkt", "Gent")
                        .replace("\"firstName\":\"Ilse\"", "\"firstName\":\"Kim\"")
                        .replace("\"houseNumber\":\"7\"", "\"houseNumber\":\"1\"")
                        .replace("+32470123456", "+32470999999")
                        .replace(known.customerNumber().toLowerCase() + "@example.org", known.email()));
        signIn(data.staffPrincipal(Role.ADMIN));
        UI.getCurrent().navigate(IntakeView.class);

        UploadKt._upload(
                _get(Upload.class, spec -> spec.withId("intake-upload")),
                "intake-test-view.jsonl",
                "application/jsonl",
                file.getBytes(StandardCharsets.UTF_8));
        // the import runs in the background; the page polls (here: round trips) until the report shows
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (_find(Div.class, spec -> spec.withId("intake-report")).isEmpty()
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip();
        }

        assertThat(_get(Paragraph.class, spec -> spec.withId("intake-counts")).getText())
                .isEqualTo("3 lines: 1 created, 0 updated, 1 unchanged, 1 conflict, 1 refused.");
        Grid<IntakeRefusal> refused = _get(Grid.class, spec -> spec.withId("intake-refused"));
        assertThat(_get(refused, 0).line()).isEqualTo(2);
        Grid<IntakeConflict> conflicts = _get(Grid.class, spec -> spec.withId("intake-conflicts"));
        assertThat(_size(conflicts)).isOne();
        IntakeConflict conflict = _get(conflicts, 0);
        assertThat(conflict.field()).isEqualTo("mobile");
        assertThat(conflict.customerNumber()).isEqualTo(known.customerNumber());

        HorizontalLayout decision = (HorizontalLayout) _getCellComponent(conflicts, 0, IntakeConflictsPanel.RESOLVE);
        Button keep = (Button) decision.getComponentAt(0);
        assertThat(keep.getId()).hasValue("intake-keep-" + conflict.id());
        _click(keep);

        assertThat(_get(Paragraph.class, spec -> spec.withId("intake-conflict-count"))
                        .getText())
                .isEqualTo("No open conflicts");
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'IMPORT_CONFLICT_RESOLVED' AND subject_customer_id = ?",
                        known.id()))
                .isOne();
    }
}
