package be.cloudgroup.privacy.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The privacy portal. Scans every module's package, so the persistence adapters (a runtime-only
 * dependency of this module) register themselves without this module naming them.
 */
@SpringBootApplication(scanBasePackages = "be.cloudgroup.privacy")
public class PortalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("referrer", "no-referrer");
        // Plain CSS served as a static resource: no frontend build, the pre-compiled bundle stays.
        settings.addLink("stylesheet", "styles/portal.css");
    }
}
