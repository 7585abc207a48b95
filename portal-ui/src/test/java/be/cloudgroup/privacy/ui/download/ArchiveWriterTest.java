package be.cloudgroup.privacy.ui.download;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.download.archive.ArchiveTable;
import be.cloudgroup.privacy.download.archive.ArchiveWriter;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.PortalTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ArchiveWriterTest extends PortalTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private ArchiveWriter writer;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void every_table_about_the_customer_is_in_data_json_and_in_csv_with_the_databases_row_count() throws IOException {
        AccountPrincipal rika = data.richCustomer("Archief");
        data.richCustomer("Anders");

        Map<String, String> files = Archives.files(archive(rika.customerId(), Language.EN));

        JsonNode tables = JSON.readTree(files.get("data.json")).get("tables");
        for (ArchiveTable table : writer.tables()) {
            long rows = data.count(countSql(table.name()), rika.customerId());
            assertThat(rows).as("seeded rows of %s", table.name()).isPositive();
            assertThat(tables.get(table.name()))
                    .as("data.json %s", table.name())
                    .hasSize((int) rows);
            List<List<String>> csv = Archives.csv(files.get("csv/" + table.name() + ".csv"));
            assertThat(csv.get(0)).isEqualTo(table.columns());
            assertThat(csv).as("csv/%s.csv", table.name()).hasSize((int) rows + 1);
        }
    }

    @Test
    void every_table_that_holds_customer_data_is_an_archive_section() {
        Set<String> tablesAboutCustomers = new TreeSet<>(jdbc.queryForList("""
                SELECT DISTINCT table_name FROM information_schema.columns
                WHERE table_schema = DATABASE() AND column_name IN ('customer_id', 'subject_customer_id')""", String.class));
        tablesAboutCustomers.add("customer");

        Set<String> sections = writer.tables().stream().map(ArchiveTable::name).collect(Collectors.toSet());
        assertThat(sections).containsExactlyInAnyOrderElementsOf(tablesAboutCustomers);
    }

    @Test
    void data_json_validates_against_the_published_schema_which_is_in_the_archive_too() throws IOException {
        AccountPrincipal rika = data.richCustomer("Schema");

        Map<String, String> files = Archives.files(archive(rika.customerId(), Language.NL));

        Schema schema;
        try (InputStream published = ArchiveWriter.schema()) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(published);
            assertThat(files.get("schema.json"))
                    .isEqualTo(
                            new String(ArchiveWriter.schema().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(schema.validate(files.get("data.json"), InputFormat.JSON)).isEmpty();
    }

    @Test
    void no_row_of_another_customer_leaks_into_the_archive() throws IOException {
        AccountPrincipal rika = data.richCustomer("Eigen");
        AccountPrincipal other = data.richCustomer("Vreemd");

        Map<String, String> files = Archives.files(archive(rika.customerId(), Language.EN));

        assertThat(String.join("\n", files.values()))
                .contains(rika.customerNumber())
                .doesNotContain(other.customerNumber(), "Vreemd", "test" + other.customerNumber());
    }

    @Test
    void
            the_archive_holds_the_report_the_data_the_schema_the_csv_files_the_privacy_information_and_the_portable_subset()
                    throws IOException {
        AccountPrincipal rika = data.richCustomer("Bestanden");

        Map<String, String> files = Archives.files(archive(rika.customerId(), Language.EN));

        assertThat(files.keySet())
                .contains("index.html", "data.json", "schema.json", "privacy-info.json", "portable.json");
        assertThat(files.keySet())
                .filteredOn(name -> name.startsWith("csv/"))
                .hasSize(writer.tables().size());
        JsonNode info = JSON.readTree(files.get("privacy-info.json"));
        assertThat(info.get("purposes")).isNotEmpty();
        assertThat(info.at("/complaintAuthority/name").asText()).contains("GBA/APD");
        assertThat(info.at("/dataProtectionOfficer/email").asText()).isEqualTo("info@cloudgroup.be");
        assertThat(info.get("automatedDecisions").asText()).contains("Art. 22");
        assertThat(info.at("/purposes/0/recipients/0/country").asText()).matches("[A-Z]{2}");
        JsonNode portable = JSON.readTree(files.get("portable.json")).get("tables");
        assertThat(portable.fieldNames())
                .toIterable()
                .containsExactly("customer", "contract", "service_ticket", "consent_decision", "portal_account");
        assertThat(portable.at("/customer/0/email").asText()).isNotBlank();
        assertThat(portable.at("/customer/0").has("status")).isFalse();
        assertThat(files.get("data.json")).doesNotContain("not-a-real-hash");
    }

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_is_neutralised_in_csv_but_kept_in_data_json()
            throws IOException {
        AccountPrincipal rika = data.richCustomer("Formule");

        Map<String, String> files = Archives.files(archive(rika.customerId(), Language.EN));

        List<List<String>> tickets = Archives.csv(files.get("csv/service_ticket.csv"));
        int subject = tickets.get(0).indexOf("subject");
        assertThat(tickets.stream().skip(1).map(row -> row.get(subject)))
                .contains("'=HYPERLINK(\"http://evil.example\")", "Voicemail, \"urgent\"\r\nsecond line");
        assertThat(files.get("data.json")).contains("\"=HYPERLINK(\\\"http://evil.example\\\")\"");
        assertThat(files.get("index.html"))
                .contains("Your invoice &lt;b&gt;is ready&lt;/b&gt;")
                .doesNotContain("<b>is ready</b>");
    }

    @Test
    void a_long_table_is_complete_in_data_json_and_csv_while_the_report_shows_its_first_thousand_rows()
            throws IOException {
        AccountPrincipal rika = data.richCustomer("Lang");
        jdbc.batchUpdate("""
                INSERT INTO audit_event (occurred_at, actor_name, subject_customer_id, action, target_type, details)
                VALUES (UTC_TIMESTAMP(6), 'Rika', ?, 'ARCHIVE_DOWNLOADED', 'archive', '{}')""", Collections.nCopies(1000, new Object[] {rika.customerId()}));
        long events = data.count(countSql("audit_event"), rika.customerId());

        Map<String, String> files = Archives.files(archive(rika.customerId(), Language.EN));

        assertThat(JSON.readTree(files.get("data.json")).at("/tables/audit_event"))
                .hasSize((int) events);
        assertThat(Archives.csv(files.get("csv/audit_event.csv"))).hasSize((int) events + 1);
        assertThat(files.get("index.html"))
                .contains("The report shows the first 1,000 entries; all of them are in data.json and in"
                        + " csv/audit_event.csv.")
                .containsOnlyOnce("The report shows the first");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void the_report_has_a_heading_for_every_data_category_in_the_chosen_language(Language language) throws IOException {
        AccountPrincipal rika = data.richCustomer("Rapport");

        String html = Archives.files(archive(rika.customerId(), language)).get("index.html");

        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"" + language.code() + "\">")
                .doesNotContain("src=\"http", "href=\"http", "<script");
        java.util.ResourceBundle texts = java.util.ResourceBundle.getBundle("download.archive", language.locale());
        for (DataCategory category : DataCategory.values()) {
            assertThat(html).contains("<h2>" + escape(texts.getString("category." + category.name())) + "</h2>");
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("'", "&#39;");
    }

    private byte[] archive(long customerId, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(customerId, language, out);
        return out.toByteArray();
    }

    private static String countSql(String table) {
        return switch (table) {
            case "customer" -> "SELECT COUNT(*) FROM customer WHERE id = ?";
            case "audit_event" -> "SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ?";
            default -> "SELECT COUNT(*) FROM " + table + " WHERE customer_id = ?";
        };
    }
}
