package be.cloudgroup.privacy.intake;

import java.util.List;

/**
 * The result of one import file. {@code refusals} holds the first {@link IntakeService#REPORTED_REFUSALS}
 * refused lines (the count {@code refused} holds them all), so a report stays small for any file.
 */
public record IntakeReport(
        String fileName,
        String sha256,
        long lines,
        long created,
        long updated,
        long unchanged,
        long conflicts,
        long refused,
        List<IntakeRefusal> refusals) {

    public IntakeReport {
        refusals = List.copyOf(refusals);
    }
}
