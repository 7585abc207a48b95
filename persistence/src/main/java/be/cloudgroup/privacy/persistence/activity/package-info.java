/**
 * Reads the customer's activity from the audit trail in one indexed query
 * ({@code ix_audit_event_subject_time}), newest first.
 */
@NullMarked
package be.cloudgroup.privacy.persistence.activity;

import org.jspecify.annotations.NullMarked;
