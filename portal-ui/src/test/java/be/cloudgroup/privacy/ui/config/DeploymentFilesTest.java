package be.cloudgroup.privacy.ui.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Docker does not run on the build machines, so the compose stack's promises are checked in its
 * files: production realm without users, demo users with fixed ids, Keycloak in production mode on
 * loopback only, no default for the first administrator, a file Compose v1 accepts.
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void the_production_realm_has_no_users_and_every_demo_user_has_a_fixed_id() throws IOException {
        String realm = read("deploy/keycloak/privacy-portal-realm.json");
        String demoUsers = read("deploy/keycloak/demo-users/privacy-portal-users-0.json");

        assertThat(realm).doesNotContain("\"users\"", "\"credentials\"");
        assertThat(realm).contains("${PORTAL_PUBLIC_URL}/login/oauth2/code/portal", "backchannel.logout.url");
        int users = count(demoUsers, "\"username\"");
        assertThat(users).isEqualTo(4);
        assertThat(count(demoUsers, "\"id\": \"[0-9a-f-]{36}\"")).isEqualTo(users);
    }

    @Test
    void compose_runs_keycloak_in_production_mode_on_loopback_and_asks_for_the_first_admin() throws IOException {
        String compose = read("docker-compose.yml");

        assertThat(compose).doesNotContainPattern("(?m)^name:").doesNotContain("start-dev");
        assertThat(compose).containsPattern("command: \\[\"start\",");
        assertThat(compose).contains("\"127.0.0.1:8180:8180\"").doesNotContain("- \"8180:8180\"");
        assertThat(compose).contains("PORTAL_BOOTSTRAP_ADMIN_EMAIL: ${PORTAL_BOOTSTRAP_ADMIN_EMAIL:?");
        assertThat(compose).contains("--log-bin-trust-function-creators=1");
        assertThat(read(".env.example")).contains("PORTAL_BOOTSTRAP_ADMIN_EMAIL=", "COMPOSE_PROJECT_NAME=");
    }

    private static String read(String file) throws IOException {
        return Files.readString(ROOT.resolve(file));
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
