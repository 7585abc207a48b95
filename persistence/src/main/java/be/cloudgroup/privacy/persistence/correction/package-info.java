/**
 * Corrections: the adapter that reads and corrects a customer's contact details through the
 * customer entity's intention-revealing methods, guarded by its version.
 */
@NullMarked
package be.cloudgroup.privacy.persistence.correction;

import org.jspecify.annotations.NullMarked;
