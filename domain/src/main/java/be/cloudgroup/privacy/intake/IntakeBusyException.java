package be.cloudgroup.privacy.intake;

/** Another import is running; one import runs at a time. */
public class IntakeBusyException extends IllegalStateException {

    public IntakeBusyException() {
        super("Another import is running");
    }
}
