package be.cloudgroup.privacy.ui.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DatabaseUnreachableFailureAnalyzerTest {

    @Test
    void an_unreachable_database_is_explained_in_one_clear_message() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SQLException refused = catchThrowableOfType(
                SQLException.class,
                () -> DriverManager.getConnection(
                        "jdbc:mariadb://127.0.0.1:" + closedPort + "/privacy_portal?connectTimeout=2000",
                        "portal",
                        "x"));

        FailureAnalysis analysis =
                new DatabaseUnreachableFailureAnalyzer().analyze(new IllegalStateException("context failed", refused));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).startsWith("The privacy portal cannot reach its MariaDB database");
        assertThat(analysis.getAction()).contains("PORTAL_DB_URL");
    }

    @Test
    void other_sql_errors_are_left_to_the_default_report() {
        FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer()
                .analyze(new SQLException("Table 'customer' doesn't exist", "42S02", 1146));

        assertThat(analysis).isNull();
    }
}
