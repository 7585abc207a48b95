package be.cloudgroup.privacy.correction;

/**
 * No code was sent: too many codes were sent to this customer or to this address or number lately
 * ({@link CodeThrottle}), or the wrong codes entered today used up the attempts. The portal shows
 * {@code correction.verify.throttled}.
 */
public class CodeRefusedException extends RuntimeException {

    public CodeRefusedException() {
        super("Too many one-time codes lately");
    }
}
