package be.cloudgroup.privacy.ui.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with a secret that an attacker could guess: a placeholder from
 * {@code .env.example} (containing {@code change-me}), one that is too short, or one with too
 * little entropy. Runs before any bean is made (a bean factory post-processor), so nothing
 * connects anywhere with a weak secret; {@link WeakSecretFailureAnalyzer} turns the refusal into
 * one line.
 *
 * <p>The secrets the portal itself needs strong (the unsubscribe links' HMAC key, the OIDC client
 * secret) are checked fully; passwords chosen elsewhere (database, SMTP) only for placeholders,
 * as their strength is set by the other side.
 */
@Component
class SecretsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String PLACEHOLDER = "change-me";
    static final int MIN_LENGTH = 32;
    /** Estimated from the characters' frequencies (Shannon): length × bits per character. */
    static final int MIN_BITS = 80;
    /**
     * Per character, so that a long repetition of few characters does not pass by its length. A random
     * 32-character hex secret ({@code openssl rand -hex 16}) estimates 2.7 to 4 bits per character.
     */
    static final double MIN_BITS_PER_CHARACTER = 2.5;

    /** A configured secret: the property, the environment variable that sets it, and how strict to be. */
    record Secret(String property, String variable, boolean mustBeStrong) {}

    static final List<Secret> SECRETS = List.of(
            new Secret("portal.unsubscribe.secret", "PORTAL_UNSUBSCRIBE_SECRET", true),
            new Secret(
                    "spring.security.oauth2.client.registration.portal.client-secret",
                    "PORTAL_OIDC_CLIENT_SECRET",
                    true),
            new Secret("spring.datasource.password", "PORTAL_DB_PASSWORD", false),
            new Secret("spring.mail.password", "SPRING_MAIL_PASSWORD", false));

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        for (Secret secret : SECRETS) {
            String value = environment.getProperty(secret.property());
            if (value != null) {
                problem(value, secret.mustBeStrong()).ifPresent(problem -> {
                    throw new WeakSecretException(secret.variable() + " (" + secret.property() + ") " + problem);
                });
            }
        }
    }

    /** What is wrong with the value, if anything, as the end of a sentence naming the secret. */
    static Optional<String> problem(String value, boolean mustBeStrong) {
        if (value.toLowerCase(Locale.ROOT).contains(PLACEHOLDER)) {
            return Optional.of("is still the placeholder from .env.example (contains \"" + PLACEHOLDER + "\")");
        }
        if (!mustBeStrong) {
            return Optional.empty();
        }
        if (value.length() < MIN_LENGTH) {
            return Optional.of(
                    "is too short: " + value.length() + " characters, at least " + MIN_LENGTH + " are needed");
        }
        double perCharacter = bitsPerCharacter(value);
        if (perCharacter < MIN_BITS_PER_CHARACTER || perCharacter * value.length() < MIN_BITS) {
            return Optional.of("has too little entropy (about " + Math.round(perCharacter * value.length())
                    + " bits): it repeats too few different characters");
        }
        return Optional.empty();
    }

    /** Shannon entropy of the value's character frequencies, in bits per character. */
    static double bitsPerCharacter(String value) {
        Map<Integer, Long> counts =
                value.codePoints().boxed().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long total = value.codePoints().count();
        double entropy = 0;
        for (long count : counts.values()) {
            double p = (double) count / total;
            entropy -= p * Math.log(p) / Math.log(2);
        }
        return entropy;
    }
}
