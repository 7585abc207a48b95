package be.cloudgroup.privacy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The two-instance compose file (an override of docker-compose.yml) and its HAProxy configuration
 * agree: two portal instances without published ports, the single instance switched off, HAProxy
 * on 8080 with a sticky cookie and a server line per instance. Docker is not available here, so
 * this is what can be checked without it.
 */
class TwoInstancesComposeTest {

    private static final Path ROOT = Path.of("..");

    @Test
    @SuppressWarnings("unchecked")
    void the_override_runs_two_instances_behind_haproxy_with_sticky_sessions() throws IOException {
        Map<String, Object> compose =
                new Yaml().load(Files.readString(ROOT.resolve("docker-compose.two-instances.yml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        String haproxy = Files.readString(ROOT.resolve("deploy/haproxy/haproxy.cfg"));

        assertThat(services.get("portal").get("profiles")).isEqualTo(List.of("single-instance"));
        List<String> instances = List.of("portal-a", "portal-b");
        for (String instance : instances) {
            Map<String, Object> portal = services.get(instance);
            assertThat(portal).as(instance).containsEntry("build", ".").containsEntry("hostname", instance);
            assertThat(portal).as(instance + " is reached through HAProxy only").doesNotContainKey("ports");
            assertThat((Map<String, Object>) portal.get("environment"))
                    .containsKeys("PORTAL_DB_URL", "PORTAL_OIDC_ISSUER_URI", "PORTAL_UNSUBSCRIBE_SECRET");
            assertThat(haproxy)
                    .as("HAProxy checks and pins " + instance)
                    .containsPattern("server " + instance + " " + instance + ":8080 check port 8081 cookie \\w+");
        }
        Map<String, Object> balancer = services.get("load-balancer");
        assertThat(balancer.get("ports")).isEqualTo(List.of("8080:8080"));
        assertThat((Map<String, Object>) balancer.get("depends_on")).containsOnlyKeys(instances);
        assertThat(haproxy).contains("bind :8080").containsPattern("(?m)^\\s+cookie PORTAL_INSTANCE insert ");

        Matcher cookies = Pattern.compile("cookie (\\w+)$", Pattern.MULTILINE).matcher(haproxy);
        assertThat(cookies.results().map(match -> match.group(1)))
                .as("each server its own cookie value")
                .doesNotHaveDuplicates()
                .hasSize(2);
    }
}
