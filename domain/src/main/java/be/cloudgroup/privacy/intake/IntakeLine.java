package be.cloudgroup.privacy.intake;

/** A valid line of an import file with its number (1-based), so the store can refuse it by number. */
public record IntakeLine(long number, IntakeRecord record) {}
