package be.cloudgroup.privacy.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port to the tables an import fills, and to the conflicts it leaves for an admin. */
public interface IntakeStore {

    /**
     * Upserts a batch of valid lines in the caller's transaction: customers first (so that the
     * batch's other lines find them), then contracts, invoices, tickets and communications. A line
     * the store cannot take (an unknown customer, a contract of another customer, …) is refused in
     * the outcome and the rest still apply; a database failure throws and the caller rolls back.
     */
    BatchOutcome apply(List<IntakeLine> batch, String fileName, Instant at);

    /** The open conflicts, oldest first. */
    List<IntakeConflict> openConflicts(int offset, int limit);

    long countOpenConflicts();

    Optional<IntakeConflict> openConflict(long id);

    /**
     * Closes the conflict: with {@code takeImported} the customer's field gets the imported value,
     * otherwise it keeps the customer's; either way the imported value becomes the last imported one.
     */
    void resolve(long id, boolean takeImported, String resolvedBy, Instant at);
}
