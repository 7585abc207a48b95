package be.cloudgroup.privacy.ui.assist;

import be.cloudgroup.privacy.account.AuthenticatedAccount;
import be.cloudgroup.privacy.assist.AssistEndReason;
import be.cloudgroup.privacy.assist.AssistService;
import be.cloudgroup.privacy.ui.security.SystemTask;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * What keeps assist sessions honest outside the pages: staff reach the customer's pages only in
 * an open session (navigation access), a session ends with the staff member's portal session
 * (sign-out, time-out, lock: the HTTP session is destroyed), overdue sessions and those whose
 * accounts were locked are ended by {@link AssistSweep} (one instance at a time), and at start-up
 * the sessions this instance held are ended, each in the audit trail.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AssistConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AssistConfiguration.class);

    private final AssistService assist;

    AssistConfiguration(AssistService assist) {
        this.assist = assist;
    }

    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer() {
        return new NavigationAccessControlConfigurer()
                .withAnnotatedViewAccessChecker()
                .withNavigationAccessChecker(new AssistNavigationAccess())
                .withDecisionResolver(new AssistNavigationAccess.Resolver());
    }

    /** Publishes HTTP session ends as Spring events (Spring Boot registers it as a session listener). */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @EventListener
    void portalSessionEnded(HttpSessionDestroyedEvent event) {
        for (SecurityContext context : event.getSecurityContexts()) {
            if (context.getAuthentication() != null
                    && context.getAuthentication().getPrincipal() instanceof AuthenticatedAccount account) {
                long accountId = account.account().accountId();
                SystemTask.run(() -> assist.endForStaff(accountId, AssistEndReason.SIGNED_OUT));
            }
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void endSessionsOfThePreviousRun() {
        int ended = SystemTask.run(assist::endAfterRestart);
        if (ended > 0) {
            log.info("Ended {} assist session(s) left open when this instance stopped", ended);
        }
    }
}
