package be.cloudgroup.privacy.activation;

/**
 * What the page may tell after a customer number was given. Whether the number exists, has an
 * account already or got a code is never part of it.
 */
public sealed interface ActivationAnswer {

    /** "If that number is yours, we sent a code to {@code hint}" (masked; a decoy if no code went out). */
    record CodeSent(String hint) implements ActivationAnswer {}

    /** The identity asked too often; it may ask again later. Says nothing about the number. */
    record TooManyRequests() implements ActivationAnswer {}
}
