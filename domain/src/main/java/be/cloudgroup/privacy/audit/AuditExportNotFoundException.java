package be.cloudgroup.privacy.audit;

/** An export ticket that is unknown, expired, used, or not the caller's: all look the same, "not found". */
public class AuditExportNotFoundException extends RuntimeException {

    public AuditExportNotFoundException() {
        super("No such export");
    }
}
