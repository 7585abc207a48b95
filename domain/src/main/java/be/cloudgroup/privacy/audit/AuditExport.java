package be.cloudgroup.privacy.audit;

/** A redeemed export ticket: who may stream it, what it holds, and the file name to offer. */
public record AuditExport(long accountId, AuditFilter filter, String fileName) {}
