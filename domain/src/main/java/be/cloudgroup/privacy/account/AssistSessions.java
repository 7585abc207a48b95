package be.cloudgroup.privacy.account;

/**
 * Whether the current request runs inside a support assist session ("view as"), in which a
 * support agent acts on a customer's behalf. Features that a customer must do themselves (such as
 * downloading their archive) refuse while one is active.
 */
public interface AssistSessions {

    /** True while the signed-in user is a support agent assisting a customer. */
    boolean active();
}
