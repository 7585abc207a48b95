package be.cloudgroup.privacy.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.shared.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every text exists in every language, and every key the code asks for exists. */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:(?:getTranslation|paragraph|super|item|DashboardCard|InvalidValueException)\\(|@Menu\\(title =)\\s*\"([a-z][a-z0-9.-]+)\"");

    /** Bundles shared by every screen; every other bundle belongs to one feature and prefixes its keys with its name. */
    private static final Set<String> SHARED = Set.of("vaadin-i18n/translations", "vaadin-i18n/validation");

    static Stream<String> bundles() {
        return PortalI18NProvider.BUNDLES.stream();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void every_language_has_exactly_the_keys_of_the_english_bundle(String bundle) throws IOException {
        Set<String> expected = load(bundle + "_en.properties").stringPropertyNames();
        for (Language language : Language.values()) {
            Properties translated = load(bundle + "_" + language.code() + ".properties");
            assertThat(translated.stringPropertyNames())
                    .as(bundle + " in " + language)
                    .isEqualTo(expected);
            assertThat(translated.values())
                    .as("blank texts in " + bundle + "_" + language.code())
                    .allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void a_feature_bundle_holds_only_keys_under_its_own_name(String bundle) throws IOException {
        if (!SHARED.contains(bundle)) {
            String prefix = bundle.substring(bundle.lastIndexOf('/') + 1) + ".";
            assertThat(load(bundle + "_en.properties").stringPropertyNames())
                    .as(bundle)
                    .allSatisfy(key -> assertThat(key).startsWith(prefix));
        }
    }

    @Test
    void every_bundle_on_disk_is_one_the_portal_reads() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/vaadin-i18n"))) {
            Set<String> onDisk =
                    new TreeSet<>(files.map(file -> file.getFileName().toString())
                            .map(name -> "vaadin-i18n/" + name.replaceFirst("_[a-z]{2}\\.properties$", ""))
                            .toList());
            assertThat(onDisk).containsExactlyInAnyOrderElementsOf(PortalI18NProvider.BUNDLES);
        }
    }

    @Test
    void every_key_used_in_the_code_is_translated() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String bundle : PortalI18NProvider.BUNDLES) {
            known.addAll(load(bundle + "_en.properties").stringPropertyNames());
        }
        Set<String> used = new TreeSet<>();
        for (Path sources : new Path[] {Path.of("src/main/java"), Path.of("../domain/src/main/java")}) {
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file :
                        files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                    while (matcher.find()) {
                        if (!matcher.group(1).endsWith(".")) {
                            used.add(matcher.group(1));
                        }
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(known).containsAll(used);
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
