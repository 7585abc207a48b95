package be.cloudgroup.privacy.demo;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the demo: {@code ./mvnw -pl demo -am spring-boot:run} from the repository root. Data lives
 * in {@code data/demo/} (delete the folder to start afresh). Ports: portal 8080, health 8081,
 * OIDC provider 8090, MariaDB 3307 (override with -Dportal.demo.http-port and friends).
 */
public final class DemoApplication {

    private static final Logger log = LoggerFactory.getLogger(DemoApplication.class);

    private DemoApplication() {}

    public static void main(String[] args) {
        DemoPortal.Settings settings = new DemoPortal.Settings(
                Path.of(System.getProperty("portal.demo.data-dir", "data/demo")).toAbsolutePath(),
                Integer.getInteger("portal.demo.db-port", 3307),
                Integer.getInteger("portal.demo.oidc-port", 8090),
                Integer.getInteger("portal.demo.http-port", 8080));
        DemoPortal portal = DemoPortal.start(settings, args);
        Runtime.getRuntime().addShutdownHook(new Thread(portal::close, "demo-stop"));
        Path importFile = DemoImportFile.write(
                portal.bean(DataSource.class), settings.dataDirectory().resolve("import"));
        log.info(
                """

                ==================================================================
                  Privacy Portal demo is running: {}
                  Sign in as customer, business, support or admin (password: demo)
                  Activate an account: sign in as newcomer, customer number {}
                  Demo data: {} (seeded now: {})
                  A file to upload as admin under Import: {}
                  Stop with Ctrl+C. Delete that folder to start afresh.
                ==================================================================""",
                portal.url(),
                DemoNewcomer.NUMBER,
                settings.dataDirectory(),
                portal.seeded().total() + " rows",
                importFile);
    }
}
