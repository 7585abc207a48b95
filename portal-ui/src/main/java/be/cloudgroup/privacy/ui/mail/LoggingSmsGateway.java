package be.cloudgroup.privacy.ui.mail;

import be.cloudgroup.privacy.correction.SmsGateway;
import be.cloudgroup.privacy.customer.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The production SMS boundary while no SMS provider is contracted ({@code portal.sms.gateway=none}):
 * it says so in the log, without the number or the text, and delivers nothing.
 */
@Component
@ConditionalOnProperty(name = "portal.sms.gateway", havingValue = "none", matchIfMissing = true)
class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(PhoneNumber to, String text) {
        log.warn("No SMS gateway is configured (portal.sms.gateway=none): a one-time code was not delivered");
    }
}
