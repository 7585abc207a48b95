/**
 * The export benchmark: seeds customers with many audit events on an embedded MariaDB and measures
 * the archive export against a raw JDBC read of the same rows (time, bytes, heap). Never in production.
 */
@NullMarked
package be.cloudgroup.privacy.benchmark;

import org.jspecify.annotations.NullMarked;
