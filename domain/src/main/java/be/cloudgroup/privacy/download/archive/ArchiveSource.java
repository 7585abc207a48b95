package be.cloudgroup.privacy.download.archive;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Port to the rows of a customer's download archive, implemented by the persistence module.
 *
 * <p>Privacy rules every implementation keeps: a section returns only rows about the given customer
 * (never another customer's), never a secret (one-time code hashes) and never a full account
 * number; rows are streamed with a fetch size, never collected into a list, and nothing is loaded
 * lazily. Callers run inside one read-only transaction so all sections show the same moment.
 */
public interface ArchiveSource {

    /** The table sections of the archive, in the order they are written. */
    List<ArchiveTable> tables();

    /** The customer's public number, empty when no such customer exists. */
    Optional<String> customerNumber(long customerId);

    /**
     * Streams the first {@code limit} rows of one section about one customer, in a stable order, to
     * the consumer; {@link Long#MAX_VALUE} streams them all.
     */
    void stream(ArchiveTable table, long customerId, long limit, RowConsumer rows) throws IOException;
}
