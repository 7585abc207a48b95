package be.cloudgroup.privacy.assist;

/**
 * Whether the current request runs inside a staff member's open assist session. Features a
 * customer must do themself (downloading the archive) refuse while it is true.
 */
@FunctionalInterface
public interface InAssistSession {

    boolean inSession();
}
