package be.cloudgroup.privacy.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.shared.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Action labels are built from the action's name at run time, so TranslationsTest cannot see them. */
class AuditLabelsTest {

    @Test
    void every_audit_action_has_an_admin_label_in_every_language() throws IOException {
        for (Language language : Language.values()) {
            Properties labels = new Properties();
            try (InputStream in =
                    getClass().getResourceAsStream("/vaadin-i18n/audit_" + language.code() + ".properties")) {
                labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (AuditAction action : AuditAction.values()) {
                assertThat(labels).as(language + " " + action).containsKey("audit.action." + action.name());
            }
        }
    }
}
