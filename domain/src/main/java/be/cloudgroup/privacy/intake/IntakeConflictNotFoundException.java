package be.cloudgroup.privacy.intake;

/** The conflict does not exist or was resolved meanwhile. */
public class IntakeConflictNotFoundException extends RuntimeException {

    public IntakeConflictNotFoundException() {
        super("No such open conflict");
    }
}
