package be.cloudgroup.privacy.ui.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Docker does not run on the build machines, so the image build is checked against the pom here:
 * Maven refuses to start when a module the parent pom lists is missing from the build stage.
 */
class DockerfileTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    @Test
    void every_module_of_the_parent_pom_is_copied_into_the_build_stage() throws IOException {
        List<String> modules = new ArrayList<>();
        Matcher matcher = MODULE.matcher(Files.readString(ROOT.resolve("pom.xml")));
        while (matcher.find()) {
            modules.add(matcher.group(1).strip());
        }
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        int stage = dockerfile.indexOf("AS build");
        int next = stage < 0 ? -1 : dockerfile.indexOf("\nFROM ", stage);
        String buildStage = stage < 0 || next < 0 ? "" : dockerfile.substring(stage, next);

        assertThat(modules).contains("domain", "portal-ui");
        assertThat(buildStage).as("the Dockerfile's build stage").isNotEmpty();
        for (String module : modules) {
            assertThat(buildStage)
                    .as("the build stage copies the module " + module)
                    .containsPattern("(?m)^COPY " + Pattern.quote(module) + "/ " + Pattern.quote(module) + "/\\s*$");
        }
    }
}
