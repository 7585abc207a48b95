package be.cloudgroup.privacy.intake;

import java.util.List;
import java.util.Set;

/**
 * What one batch did: lines created, updated or unchanged, fields put aside as conflicts, the lines
 * refused, and the customers whose data changed (for their activity).
 */
public record BatchOutcome(
        long created,
        long updated,
        long unchanged,
        long conflicts,
        List<IntakeRefusal> refusals,
        List<Change> changes) {

    public BatchOutcome {
        refusals = List.copyOf(refusals);
        changes = List.copyOf(changes);
    }

    /** A customer whose data the batch changed, with what changed (fields, "contract", "invoice", …). */
    public record Change(long customerId, String customerNumber, Set<String> what) {

        public Change {
            what = Set.copyOf(what);
        }
    }
}
