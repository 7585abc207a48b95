package be.cloudgroup.privacy.download.archive;

import java.io.IOException;

/**
 * Receives the rows of one table section, one at a time, while they are read. A row holds one
 * value per column of the section, each {@code null}, a {@link String}, a {@link Long}, a
 * {@link Boolean}, a {@link java.time.LocalDate} or an {@link java.time.Instant}.
 */
@FunctionalInterface
public interface RowConsumer {

    void accept(Object[] row) throws IOException;
}
