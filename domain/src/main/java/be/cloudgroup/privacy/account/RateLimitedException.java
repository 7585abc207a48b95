package be.cloudgroup.privacy.account;

/** An account did too much too quickly ({@link RateLimiter}); nothing was done. The portal shows {@code error.rate-limited}. */
public class RateLimitedException extends RuntimeException {

    public RateLimitedException() {
        super("Too many actions in a short time");
    }
}
