package be.cloudgroup.privacy.ui.audit;

import be.cloudgroup.privacy.audit.AuditExport;
import be.cloudgroup.privacy.audit.AuditExportNotFoundException;
import be.cloudgroup.privacy.audit.AuditService;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Streams the CSV of the audit trail outside Vaadin (no UI session lock is held while it is
 * written). Security: only admins reach this path (see the security configuration); the service
 * checks that the ticket is the caller's and records the export.
 */
@Controller
class AuditExportController {

    static final String EXPORT = "/admin/audit/export/";

    private final AuditService audit;

    AuditExportController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping(EXPORT + "{ticket}")
    void export(@PathVariable String ticket, HttpServletResponse response) throws IOException {
        AuditExport export;
        try {
            export = audit.redeemExport(ticket);
        } catch (AuditExportNotFoundException e) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(export.fileName())
                        .build()
                        .toString());
        audit.writeCsv(export, response.getOutputStream());
    }
}
