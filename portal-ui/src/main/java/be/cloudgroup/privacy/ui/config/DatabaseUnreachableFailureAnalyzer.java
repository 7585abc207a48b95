package be.cloudgroup.privacy.ui.config;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns "the database cannot be reached at start-up" into one clear message instead of a stack
 * trace. Spring Boot then exits with a non-zero status.
 */
public class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (!isConnectionFailure(cause)) {
            return null;
        }
        return new FailureAnalysis(
                "The privacy portal cannot reach its MariaDB database: " + cause.getMessage(),
                "Check that MariaDB is running and reachable, and that PORTAL_DB_URL, PORTAL_DB_USER and "
                        + "PORTAL_DB_PASSWORD are right. The portal does not start without its database.",
                cause);
    }

    static boolean isConnectionFailure(SQLException exception) {
        if (exception instanceof SQLTransientConnectionException || "08000".equals(exception.getSQLState())) {
            return true;
        }
        String state = exception.getSQLState();
        if (state != null && state.startsWith("08")) {
            return true;
        }
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
