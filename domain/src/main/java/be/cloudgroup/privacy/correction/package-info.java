/**
 * Corrections (Art. 16 GDPR): the customer corrects their own contact details; every save is
 * validated, guarded by the version the form was loaded with, and audited with old and new values.
 */
@NullMarked
package be.cloudgroup.privacy.correction;

import org.jspecify.annotations.NullMarked;
