package be.cloudgroup.privacy.ui.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The production jar leaves Vaadin's development tools out (about 29 MB: vaadin-dev-server, the
 * dev bundle, Copilot, the license checker and what they pull in). Building it takes a while, so
 * the normal build checks the configuration that does it: the {@code production} profile
 * excludes {@code vaadin-dev}, its enforcer rule fails a production build into which they come
 * back by another path, and the image is built with that profile.
 */
class ProductionJarTest {

    private static final Path ROOT = Path.of("..");
    private static final String PROFILE = "/project/profiles/profile[id='production']";
    private static final List<String> DEVELOPMENT_TOOLS = List.of(
            "com.vaadin:vaadin-dev",
            "com.vaadin:vaadin-dev-server",
            "com.vaadin:vaadin-dev-bundle",
            "com.vaadin:copilot",
            "com.vaadin:license-checker");

    private final XPath xpath = XPathFactory.newInstance().newXPath();

    @Test
    void the_production_profile_excludes_vaadin_dev_from_vaadin_core() throws Exception {
        Document pom = pom();
        assertThat(texts(
                        pom,
                        PROFILE + "/dependencies/dependency[artifactId='vaadin-core']/exclusions/exclusion"
                                + "[groupId='com.vaadin']/artifactId"))
                .containsExactly("vaadin-dev");
    }

    @Test
    void a_production_build_fails_if_a_development_tool_comes_back() throws Exception {
        assertThat(texts(
                        pom(),
                        PROFILE + "/build/plugins/plugin[artifactId='maven-enforcer-plugin']/executions/execution"
                                + "[goals/goal='enforce']/configuration/rules/bannedDependencies/excludes/exclude"))
                .containsAll(DEVELOPMENT_TOOLS);
    }

    @Test
    void the_image_is_built_with_the_production_profile() throws Exception {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        assertThat(dockerfile).containsPattern("(?m)^\\s*\\./mvnw [^\\n]*-Pproduction[^\\n]* package;");
    }

    private static Document pom() throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile());
    }

    private List<String> texts(Document document, String expression) throws Exception {
        NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }
}
