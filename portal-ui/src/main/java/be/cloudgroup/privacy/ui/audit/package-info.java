/**
 * The administrators' audit trail: every audit event, filtered and paged from the database, and its
 * CSV export streamed by a one-time ticket outside the Vaadin session.
 */
@NullMarked
package be.cloudgroup.privacy.ui.audit;

import org.jspecify.annotations.NullMarked;
