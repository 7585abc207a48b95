/**
 * Corrections (Art. 16 GDPR): the form where customers correct their contact details, bound to a
 * form bean with value-object converters; the service validates again and audits.
 */
@NullMarked
package be.cloudgroup.privacy.ui.correction;

import org.jspecify.annotations.NullMarked;
