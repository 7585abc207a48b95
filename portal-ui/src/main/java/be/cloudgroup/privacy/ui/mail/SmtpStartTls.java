package be.cloudgroup.privacy.ui.mail;

import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Mail to an SMTP server on another host goes only over TLS: STARTTLS is switched on and required
 * (Jakarta Mail then refuses a server that does not offer it, instead of sending codes and
 * personal data in clear text). A relay on this host ({@code localhost} or a loopback address: the
 * demo's and the tests' in-process server) is reached without, as is a server spoken to over
 * implicit TLS ({@code spring.mail.protocol=smtps}). Names such as {@code mail.localhost} are not
 * taken as local: in a compose network such an alias names another container.
 */
@Component
class SmtpStartTls implements BeanPostProcessor {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof JavaMailSenderImpl sender && requiresStartTls(sender.getHost(), sender.getProtocol())) {
            sender.getJavaMailProperties().setProperty("mail.smtp.starttls.enable", "true");
            sender.getJavaMailProperties().setProperty("mail.smtp.starttls.required", "true");
        }
        return bean;
    }

    static boolean requiresStartTls(String host, String protocol) {
        if ("smtps".equalsIgnoreCase(protocol)) {
            return false;
        }
        String name = host == null ? "localhost" : host.trim().toLowerCase(Locale.ROOT);
        return !(LOCAL_HOSTS.contains(name) || name.startsWith("127."));
    }
}
