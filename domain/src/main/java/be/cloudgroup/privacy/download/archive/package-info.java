/**
 * The archive's file formats: the self-contained HTML report, JSON and CSV writers, written from
 * table sections that an {@link be.cloudgroup.privacy.download.archive.ArchiveSource} streams.
 */
@NullMarked
package be.cloudgroup.privacy.download.archive;

import org.jspecify.annotations.NullMarked;
