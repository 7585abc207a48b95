package be.cloudgroup.privacy.ui.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused secret ({@link SecretsCheck}) into one clear message instead of a stack trace. */
public class WeakSecretFailureAnalyzer extends AbstractFailureAnalyzer<WeakSecretException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, WeakSecretException cause) {
        return new FailureAnalysis(
                "The privacy portal does not start with a weak secret: " + cause.getMessage() + ".",
                "Set it to a long random value, e.g. the output of: openssl rand -base64 32 | tr -d '/+='",
                cause);
    }
}
