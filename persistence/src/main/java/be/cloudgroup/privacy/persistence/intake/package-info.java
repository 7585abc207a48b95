/**
 * The import's upserts in plain JDBC batches (bulk work over several tables, no entities to keep in
 * step), the last imported values per customer and the conflicts left for an admin.
 */
@NullMarked
package be.cloudgroup.privacy.persistence.intake;

import org.jspecify.annotations.NullMarked;
