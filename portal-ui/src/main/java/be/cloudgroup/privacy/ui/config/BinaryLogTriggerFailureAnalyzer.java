package be.cloudgroup.privacy.ui.config;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The first start on a MariaDB with binary logging fails creating the migrations' triggers
 * (MariaDB error 1419) when the database account has no SUPER privilege and the server does not
 * trust function creators: said in one sentence, with the fix, instead of Liquibase's stack trace.
 */
public class BinaryLogTriggerFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    /** ER_BINLOG_CREATE_ROUTINE_NEED_SUPER. */
    static final int NEEDS_SUPER_WITH_BINARY_LOGGING = 1419;

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (cause.getErrorCode() != NEEDS_SUPER_WITH_BINARY_LOGGING) {
            return null;
        }
        return new FailureAnalysis(
                "The database migration cannot create its triggers because MariaDB has binary logging on and"
                        + " the portal's database account lacks the SUPER privilege.",
                "Set log_bin_trust_function_creators=1 on the MariaDB server (my.cnf, or"
                        + " --log-bin-trust-function-creators=1 on its command line; SET GLOBAL for the running"
                        + " server) or grant SUPER to the account in PORTAL_DB_USER, then start the portal again.",
                cause);
    }
}
