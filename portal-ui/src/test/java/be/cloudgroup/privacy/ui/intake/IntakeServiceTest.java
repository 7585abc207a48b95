package be.cloudgroup.privacy.ui.intake;

import static be.cloudgroup.privacy.ui.intake.IntakeFiles.businessLead;
import static be.cloudgroup.privacy.ui.intake.IntakeFiles.communication;
import static be.cloudgroup.privacy.ui.intake.IntakeFiles.contract;
import static be.cloudgroup.privacy.ui.intake.IntakeFiles.file;
import static be.cloudgroup.privacy.ui.intake.IntakeFiles.invoice;
import static be.cloudgroup.privacy.ui.intake.IntakeFiles.newCustomerNumber;
import static be.cloudgroup.privacy.ui.intake.IntakeFiles.privateCustomer;
import static be.cloudgroup.privacy.ui.intake.IntakeFiles.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.correction.ContactDetails;
import be.cloudgroup.privacy.correction.CorrectContactDetailsCommand;
import be.cloudgroup.privacy.correction.CorrectionService;
import be.cloudgroup.privacy.customer.PostalAddress;
import be.cloudgroup.privacy.intake.IntakeConflict;
import be.cloudgroup.privacy.intake.IntakeProgress;
import be.cloudgroup.privacy.intake.IntakeRefusal;
import be.cloudgroup.privacy.intake.IntakeReport;
import be.cloudgroup.privacy.intake.IntakeService;
import be.cloudgroup.privacy.ui.PortalTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class IntakeServiceTest extends PortalTest {

    @Autowired
    private IntakeService intake;

    @Autowired
    private CorrectionService corrections;

    @TempDir
    Path directory;

    @AfterEach
    void removeImported() {
        IntakeFiles.removeImported(data);
    }

    @Test
    void importing_the_same_file_twice_changes_nothing() throws Exception {
        String ilse = newCustomerNumber();
        String bink = newCustomerNumber();
        String suffix = ilse.substring(2);
        Path file = file(
                directory,
                "intake-test-twice.jsonl",
                List.of(
                        privateCustomer(ilse, "Import", "Veldstraat", "Gent"),
                        businessLead(bink, "BE0417497106"),
                        contract("K" + suffix, ilse),
                        invoice("F" + suffix, ilse, "K" + suffix),
                        ticket("T" + suffix, ilse),
                        communication(ilse)));
        runAs(data.staffPrincipal(Role.ADMIN));

        IntakeReport first = intake.importFile(file, "intake-test-twice.jsonl", IntakeProgress.NONE);
        String before = state();
        IntakeReport second = intake.importFile(file, "intake-test-twice.jsonl", IntakeProgress.NONE);

        assertThat(first.created()).isEqualTo(6);
        assertThat(first.refused()).isZero();
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.conflicts()).isZero();
        assertThat(second.unchanged()).isEqualTo(6);
        assertThat(state()).isEqualTo(before);
        assertThat(data.count(
                        "SELECT COUNT(*) FROM customer WHERE customer_number = ? AND status = 'PROSPECT'"
                                + " AND lead_source = 'TRADE_FAIR' AND vat_number = 'BE0417497106'",
                        bink))
                .isOne();
        assertThat(data.text(
                        "SELECT details FROM audit_event WHERE action = 'IMPORT_RUN' AND target_id = ? ORDER BY id LIMIT 1",
                        "intake-test-twice.jsonl"))
                .contains(sha256(file))
                .contains("\"created\":\"6\"");
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'CUSTOMER_IMPORTED'"
                                + " AND subject_customer_id = (SELECT id FROM customer WHERE customer_number = ?)",
                        ilse))
                .as("one activity entry for the first import, none for the second")
                .isOne();
    }

    @Test
    void a_new_value_from_the_company_system_updates_the_customer() throws Exception {
        String number = newCustomerNumber();
        runAs(data.staffPrincipal(Role.ADMIN));
        intake.importFile(
                file(directory, "a.jsonl", List.of(privateCustomer(number, "Verhuis", "Veldstraat", "Gent"))),
                "intake-test-a.jsonl",
                IntakeProgress.NONE);

        IntakeReport moved = intake.importFile(
                file(directory, "b.jsonl", List.of(privateCustomer(number, "Verhuis", "Bondgenotenlaan", "Leuven"))),
                "intake-test-b.jsonl",
                IntakeProgress.NONE);

        assertThat(moved.updated()).isOne();
        assertThat(data.text(
                        "SELECT CONCAT(street, ' ', city, ' v', version) FROM customer WHERE customer_number = ?",
                        number))
                .isEqualTo("Bondgenotenlaan Leuven v1");
        assertThat(data.text(
                        "SELECT details FROM audit_event WHERE action = 'CUSTOMER_IMPORTED' AND target_id = ?"
                                + " ORDER BY id DESC LIMIT 1",
                        number))
                .contains("city,street");
    }

    @Test
    void a_field_the_customer_corrected_is_reported_as_a_conflict_not_overwritten() throws Exception {
        String number = newCustomerNumber();
        runAs(data.staffPrincipal(Role.ADMIN));
        Path original = file(directory, "1.jsonl", List.of(privateCustomer(number, "Correct", "Veldstraat", "Gent")));
        intake.importFile(original, "intake-test-1.jsonl", IntakeProgress.NONE);
        long id = data.count("SELECT id FROM customer WHERE customer_number = ?", number);
        runAs(data.customerPrincipal(new Customer(id, number, number.toLowerCase() + "@example.org", "Correct")));
        ContactDetails details = corrections.currentDetails();
        corrections.correct(new CorrectContactDetailsCommand(
                details.salutation(),
                details.firstName(),
                details.lastName(),
                PostalAddress.valueOf("Kouter", "7", null, "9000", "Gent", "BE"),
                null,
                details.language(),
                details.version()));
        runAs(data.staffPrincipal(Role.ADMIN));

        IntakeReport stale = intake.importFile(original, "intake-test-1.jsonl", IntakeProgress.NONE);
        IntakeReport changed = intake.importFile(
                file(directory, "2.jsonl", List.of(privateCustomer(number, "Correct", "Korenlei", "Gent"))),
                "intake-test-2.jsonl",
                IntakeProgress.NONE);
        IntakeReport again = intake.importFile(
                file(directory, "3.jsonl", List.of(privateCustomer(number, "Correct", "Korenlei", "Gent"))),
                "intake-test-3.jsonl",
                IntakeProgress.NONE);

        assertThat(stale.unchanged())
                .as("the company's system did not change the street")
                .isOne();
        assertThat(stale.conflicts()).isZero();
        assertThat(changed.conflicts()).isOne();
        assertThat(changed.updated()).isZero();
        assertThat(again.conflicts())
                .as("the same conflict is not reported twice")
                .isZero();
        assertThat(data.text("SELECT street FROM customer WHERE id = ?", id)).isEqualTo("Kouter");
        IntakeConflict conflict = intake.openConflicts(0, 100).stream()
                .filter(open -> open.customerNumber().equals(number))
                .findFirst()
                .orElseThrow();
        assertThat(conflict.field()).isEqualTo("street");
        assertThat(conflict.portalValue()).isEqualTo("Kouter");
        assertThat(conflict.importedValue()).isEqualTo("Korenlei");

        intake.resolve(conflict.id(), false);
        IntakeReport afterKeeping = intake.importFile(
                file(directory, "4.jsonl", List.of(privateCustomer(number, "Correct", "Korenlei", "Gent"))),
                "intake-test-4.jsonl",
                IntakeProgress.NONE);

        assertThat(data.text("SELECT street FROM customer WHERE id = ?", id)).isEqualTo("Kouter");
        assertThat(afterKeeping.conflicts()).isZero();
        assertThat(afterKeeping.unchanged()).isOne();
        assertThat(intake.openConflicts(0, 100))
                .noneMatch(open -> open.customerNumber().equals(number));
        assertThat(data.text(
                        "SELECT details FROM audit_event WHERE action = 'IMPORT_CONFLICT_RESOLVED' AND subject_customer_id = ?",
                        id))
                .contains("\"kept\":\"customer\"")
                .contains("\"field\":\"street\"");
    }

    @Test
    void taking_the_imported_value_resolves_the_conflict_in_favour_of_the_company_system() throws Exception {
        String number = newCustomerNumber();
        runAs(data.staffPrincipal(Role.ADMIN));
        intake.importFile(
                file(directory, "1.jsonl", List.of(privateCustomer(number, "Neem", "Veldstraat", "Gent"))),
                "intake-test-1.jsonl",
                IntakeProgress.NONE);
        data.update("UPDATE customer SET city = 'Gentbrugge', version = version + 1 WHERE customer_number = ?", number);
        intake.importFile(
                file(directory, "2.jsonl", List.of(privateCustomer(number, "Neem", "Veldstraat", "Merelbeke"))),
                "intake-test-2.jsonl",
                IntakeProgress.NONE);
        IntakeConflict conflict = intake.openConflicts(0, 100).stream()
                .filter(open -> open.customerNumber().equals(number))
                .findFirst()
                .orElseThrow();

        intake.resolve(conflict.id(), true);

        assertThat(data.text("SELECT city FROM customer WHERE customer_number = ?", number))
                .isEqualTo("Merelbeke");
        assertThatThrownBy(() -> intake.resolve(conflict.id(), false))
                .isInstanceOf(be.cloudgroup.privacy.intake.IntakeConflictNotFoundException.class);
    }

    @Test
    void a_refused_line_is_reported_by_number_and_the_rest_of_its_batch_is_imported() throws Exception {
        String good = newCustomerNumber();
        String bad = newCustomerNumber();
        String unknown = newCustomerNumber();
        String suffix = good.substring(2);
        runAs(data.staffPrincipal(Role.ADMIN));

        IntakeReport report = intake.importFile(
                file(
                        directory,
                        "mixed.jsonl",
                        List.of(
                                privateCustomer(good, "Goed", "Veldstraat", "Gent"),
                                businessLead(bad, "BE0417497107"),
                                "",
                                contract("K" + suffix, unknown),
                                "not json",
                                invoice("F" + suffix, good, null))),
                "intake-test-mixed.jsonl",
                IntakeProgress.NONE);

        assertThat(report.created()).isEqualTo(2);
        assertThat(report.refused()).isEqualTo(3);
        assertThat(report.refusals())
                .extracting(IntakeRefusal::line, IntakeRefusal::reasonKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "validation.vat.checksum"),
                        org.assertj.core.groups.Tuple.tuple(4L, "intake.refused.unknown-customer"),
                        org.assertj.core.groups.Tuple.tuple(5L, "intake.refused.json"));
        assertThat(data.count("SELECT COUNT(*) FROM invoice WHERE invoice_number = ?", "F" + suffix))
                .isOne();
        assertThat(data.count("SELECT COUNT(*) FROM customer WHERE customer_number = ?", bad))
                .isZero();
    }

    @Test
    void a_database_failure_rolls_back_its_whole_batch_and_the_next_batch_still_imports() throws Exception {
        List<String> lines = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < IntakeService.BATCH_SIZE + 20; i++) {
            String number = newCustomerNumber();
            numbers.add(number);
            lines.add(privateCustomer(number, "Batch", "Veldstraat", "Gent"));
        }
        Path file = file(directory, "batches.jsonl", lines);
        runAs(data.staffPrincipal(Role.ADMIN));
        data.update("CREATE TRIGGER test_intake_fails BEFORE INSERT ON customer FOR EACH ROW"
                + " IF NEW.customer_number = '" + numbers.get(9)
                + "' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'disk full'; END IF");
        IntakeReport report;
        try {
            report = intake.importFile(file, "intake-test-batches.jsonl", IntakeProgress.NONE);
        } finally {
            data.update("DROP TRIGGER test_intake_fails");
        }

        assertThat(report.created()).isEqualTo(20);
        assertThat(report.refused()).isEqualTo(IntakeService.BATCH_SIZE);
        assertThat(report.refusals())
                .allMatch(refusal -> refusal.reasonKey().equals("intake.refused.batch-failed"))
                .extracting(IntakeRefusal::line)
                .startsWith(1L, 2L)
                .endsWith((long) IntakeService.BATCH_SIZE);
        assertThat(data.count("SELECT COUNT(*) FROM customer WHERE customer_number = ?", numbers.get(0)))
                .as("nothing of the failed batch stays")
                .isZero();
        assertThat(data.count("SELECT COUNT(*) FROM customer WHERE customer_number = ?", numbers.get(lines.size() - 1)))
                .isOne();
    }

    @Test
    void only_an_admin_imports() {
        Path file =
                file(directory, "x.jsonl", List.of(privateCustomer(newCustomerNumber(), "X", "Veldstraat", "Gent")));
        runAs(data.staffPrincipal(Role.SUPPORT));

        assertThatThrownBy(() -> intake.importFile(file, "intake-test-x.jsonl", IntakeProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Row counts of every table an import fills, and every version of the test customers. */
    private String state() {
        StringBuilder state = new StringBuilder();
        for (String table : List.of(
                "customer", "contract", "invoice", "service_ticket", "communication", "intake_customer_import")) {
            state.append(table)
                    .append('=')
                    .append(data.count("SELECT COUNT(*) FROM " + table))
                    .append(' ');
        }
        state.append(data.text("SELECT GROUP_CONCAT(customer_number, ':', version ORDER BY customer_number)"
                + " FROM customer WHERE customer_number LIKE 'CG85%'"));
        return state.toString();
    }

    private static String sha256(Path file) throws IOException, java.security.NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
