/**
 * The download archive's table sections: one SQL statement per table, streamed with plain JDBC and
 * a fetch size behind the domain's {@code ArchiveSource} port.
 */
@NullMarked
package be.cloudgroup.privacy.persistence.download;

import org.jspecify.annotations.NullMarked;
