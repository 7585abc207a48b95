package be.cloudgroup.privacy.ui.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class SmtpStartTlsTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withBean(SmtpStartTls.class);

    @ParameterizedTest(name = "{0} over {1}: STARTTLS required = {2}")
    @CsvSource({
        "smtp.example.com, smtp, true",
        "mail.localhost, smtp, true",
        "10.0.0.25, smtp, true",
        "mailhog, smtp, true",
        "localhost, smtp, false",
        "LOCALHOST, smtp, false",
        "127.0.0.1, smtp, false",
        "127.0.1.1, smtp, false",
        "::1, smtp, false",
        "smtp.example.com, smtps, false",
    })
    void starttls_is_required_for_every_host_but_this_one(String host, String protocol, boolean required) {
        assertThat(SmtpStartTls.requiresStartTls(host, protocol)).isEqualTo(required);
    }

    @Test
    void the_mail_sender_for_a_remote_relay_refuses_to_send_without_starttls() {
        context.withPropertyValues("spring.mail.host=smtp.example.com", "spring.mail.port=587")
                .run(started -> {
                    JavaMailSenderImpl sender = started.getBean(JavaMailSenderImpl.class);
                    assertThat(sender.getJavaMailProperties())
                            .containsEntry("mail.smtp.starttls.enable", "true")
                            .containsEntry("mail.smtp.starttls.required", "true");
                });
    }

    @Test
    void the_mail_sender_for_the_in_process_server_sends_without() {
        context.withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=2525")
                .run(started -> assertThat(
                                started.getBean(JavaMailSenderImpl.class).getJavaMailProperties())
                        .doesNotContainKey("mail.smtp.starttls.required"));
    }
}
