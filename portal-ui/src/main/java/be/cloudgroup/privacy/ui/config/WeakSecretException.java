package be.cloudgroup.privacy.ui.config;

/** A configured secret that must not be used; the message names it and says why, in one line. */
class WeakSecretException extends RuntimeException {

    WeakSecretException(String message) {
        super(message);
    }
}
