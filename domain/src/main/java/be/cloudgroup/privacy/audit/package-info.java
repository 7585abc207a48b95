/**
 * The append-only audit trail: every change and every staff access is recorded with its real
 * actor, in the same transaction as the change.
 */
@NullMarked
package be.cloudgroup.privacy.audit;

import org.jspecify.annotations.NullMarked;
