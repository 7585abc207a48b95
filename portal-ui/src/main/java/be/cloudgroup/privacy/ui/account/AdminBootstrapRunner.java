package be.cloudgroup.privacy.ui.account;

import be.cloudgroup.privacy.account.AdminBootstrap;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.ui.security.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, gives a fresh installation its first admin (PORTAL_BOOTSTRAP_ADMIN_EMAIL). Runs
 * as the portal itself, the only holder of the SYSTEM authority.
 */
@Component
class AdminBootstrapRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrapRunner.class);

    private final AdminBootstrap bootstrap;
    private final String email;

    AdminBootstrapRunner(AdminBootstrap bootstrap, @Value("${portal.bootstrap-admin-email:}") String email) {
        this.bootstrap = bootstrap;
        this.email = email;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank()) {
            return;
        }
        EmailAddress address = EmailAddress.valueOf(email);
        if (SystemTask.run(() -> bootstrap.ensureAdmin(address))) {
            log.info("Created the bootstrap admin account; it links to the first sign-in with that verified e-mail");
        }
    }
}
