package be.cloudgroup.privacy.demo;

import be.cloudgroup.privacy.correction.SmsGateway;
import be.cloudgroup.privacy.customer.PhoneNumber;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Demo only ({@code portal.sms.gateway=demo-mailbox}): an SMS lands in the demo mailbox as a message. */
@Component
@ConditionalOnProperty(name = "portal.sms.gateway", havingValue = "demo-mailbox")
class DemoSmsGateway implements SmsGateway {

    private final JavaMailSender mail;
    private final String from;

    DemoSmsGateway(JavaMailSender mail, @Value("${portal.mail.from}") String from) {
        this.mail = mail;
        this.from = from;
    }

    /** The demo mailbox's address for an SMS to the number (E.164): {@code 32470123456@sms.demo}. */
    static String address(String number) {
        return number.substring(1) + "@sms.demo";
    }

    @Override
    public void send(PhoneNumber to, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(address(to.toString()));
        message.setSubject("SMS " + to);
        message.setText(text);
        mail.send(message);
    }
}
