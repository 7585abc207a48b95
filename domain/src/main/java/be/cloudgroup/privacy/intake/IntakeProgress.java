package be.cloudgroup.privacy.intake;

/** Told after every batch how far an import is. */
@FunctionalInterface
public interface IntakeProgress {

    IntakeProgress NONE = (lines, fraction) -> {};

    /**
     * @param lines    lines read so far
     * @param fraction of the file's bytes read so far, 0 to 1
     */
    void update(long lines, double fraction);
}
