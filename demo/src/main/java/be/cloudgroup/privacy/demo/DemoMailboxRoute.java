package be.cloudgroup.privacy.demo;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Registers {@link DemoMailboxView} when the demo runs ({@code portal.demo.mailbox=true}): Vaadin
 * only discovers routes in the application's own package, and the portal must not carry the page.
 */
@Component
@ConditionalOnProperty(name = "portal.demo.mailbox", havingValue = "true")
class DemoMailboxRoute implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration.forApplicationScope().setAnnotatedRoute(DemoMailboxView.class);
    }
}
