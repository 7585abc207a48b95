package be.cloudgroup.privacy.correction;

/**
 * The data changed after the form was loaded (another tab, another session): nothing was written;
 * the customer reloads and corrects again, so no change is silently overwritten.
 */
public class ChangedMeanwhileException extends RuntimeException {

    public ChangedMeanwhileException() {
        super("The contact details changed after they were loaded");
    }
}
