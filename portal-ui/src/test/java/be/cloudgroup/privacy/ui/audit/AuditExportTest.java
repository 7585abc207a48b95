package be.cloudgroup.privacy.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.audit.AuditFilter;
import be.cloudgroup.privacy.audit.AuditService;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.ui.PortalTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The CSV export of the audit trail: streamed by a one-time ticket, admins only, formula-safe, audited. */
class AuditExportTest extends PortalTest {

    private static final String MARKER = "audit-export-test";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private AuditService audit;

    @Autowired
    private JdbcTemplate jdbc;

    private MockMvc mvc;
    private final String actor = "Exporter " + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void setUpMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @AfterEach
    void removeEvents() {
        jdbc.update("DELETE FROM audit_event WHERE target_type = ?", MARKER);
    }

    @Test
    void the_export_holds_the_filtered_events_with_formulas_neutralised_and_is_never_cached() throws Exception {
        Customer anna = data.customer("Anna", "Export");
        event(actor, anna.id(), "SIGN_IN", "1", "{\"ip\":\"192.0.2.0\"}");
        event(actor + " =HYPERLINK(\"http://evil.example\")", anna.id(), "SIGN_IN", "=2+3", "{\"note\":\"@SUM(A1)\"}");
        event("Not " + actor, anna.id(), "SIGN_IN", "3", "{}");
        event(actor, null, "NEWSLETTER_SENT", "4", "{}");
        AccountPrincipal admin = data.staffPrincipal(Role.ADMIN);
        Authentication signedIn = runAs(admin);
        String ticket = audit.requestExport(
                new AuditFilter(actor, CustomerNumber.valueOf(anna.customerNumber()), null, null, null));

        MockHttpServletResponse response = fetch(ticket, signedIn);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeaders("Cache-Control")).contains("no-store");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"audit-trail-");
        List<String> lines =
                List.of(response.getContentAsString(StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0))
                .isEqualTo(
                        "occurred_at,action,actor,on_behalf_of,subject_customer_number,target_type,target_id,details");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1))
                .contains(actor + " =HYPERLINK(")
                .contains(",'=2+3,")
                .contains(anna.customerNumber())
                .doesNotContain("," + anna.id() + ",");
        assertThat(lines.get(2))
                .startsWith("2026-03-01T10:00:00Z,SIGN_IN," + actor + ",,")
                .endsWith(",1,\"{\"\"ip\"\":\"\"192.0.2.0\"\"}\"");
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'AUDIT_EXPORTED' AND actor_account_id = ?"
                                + " AND subject_customer_id = ?",
                        admin.accountId(),
                        anna.id()))
                .isOne();
    }

    @Test
    void a_text_cell_starting_with_a_formula_character_is_neutralised() throws Exception {
        event("=cmd|' /C calc'!A0", null, "SIGN_IN", "+1", "{}");
        event("@SUM(1)", null, "SIGN_IN", "-1", "{}");
        Authentication signedIn = runAs(data.staffPrincipal(Role.ADMIN));

        String equals = audit.requestExport(new AuditFilter("=cmd", null, null, null, null));
        String at = audit.requestExport(new AuditFilter("@SUM", null, null, null, null));

        String csv = fetch(equals, signedIn).getContentAsString(StandardCharsets.UTF_8)
                + fetch(at, signedIn).getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv)
                .contains(",SIGN_IN,'=cmd|' /C calc'!A0,", ",'+1,", ",SIGN_IN,'@SUM(1),", ",'-1,")
                .doesNotContain(",=cmd", ",@SUM", ",+1", ",-1,");
    }

    @Test
    void an_export_link_works_once_and_only_for_the_admin_who_asked() throws Exception {
        Authentication first = runAs(data.staffPrincipal(Role.ADMIN));
        String ticket = audit.requestExport(AuditFilter.EVERYTHING);
        Authentication second = runAs(data.staffPrincipal(Role.ADMIN));
        String another = audit.requestExport(AuditFilter.EVERYTHING);

        assertThat(fetch(ticket, first).getStatus()).isEqualTo(200);
        assertThat(fetch(ticket, first).getStatus()).isEqualTo(404);
        assertThat(fetch(another, first).getStatus()).isEqualTo(404);
        assertThat(fetch(another, second).getStatus()).isEqualTo(404);
    }

    @Test
    void a_customer_or_support_agent_cannot_fetch_an_export() throws Exception {
        runAs(data.staffPrincipal(Role.ADMIN));
        String ticket = audit.requestExport(AuditFilter.EVERYTHING);
        Authentication support = runAs(data.staffPrincipal(Role.SUPPORT));
        Authentication customer = runAs(data.customerPrincipal(data.customer("Cas", "Export")));

        assertThat(fetch(ticket, support).getStatus()).isEqualTo(403);
        assertThat(fetch(ticket, customer).getStatus()).isEqualTo(403);
    }

    private MockHttpServletResponse fetch(String ticket, Authentication as) throws Exception {
        return mvc.perform(get(AuditExportController.EXPORT + ticket).with(authentication(as)))
                .andReturn()
                .getResponse();
    }

    private void event(String actorName, Long subject, String action, String targetId, String details) {
        jdbc.update(
                """
                INSERT INTO audit_event (occurred_at, actor_account_id, actor_name, subject_customer_id, action,
                  target_type, target_id, details) VALUES (?, NULL, ?, ?, ?, ?, ?, ?)""",
                LocalDateTime.of(2026, 3, 1, 10, 0).plusSeconds(targetId.equals("1") ? 0 : 60),
                actorName,
                subject,
                action,
                MARKER,
                targetId,
                details);
    }
}
