/**
 * A customer's invoices and how they are paid: financial data, never published.
 * Account numbers appear only masked; the full number is never held here.
 */
@NullMarked
package be.cloudgroup.privacy.invoice;

import org.jspecify.annotations.NullMarked;
