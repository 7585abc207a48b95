/**
 * A customer's invoices as stored: financial data, never published; account numbers only masked.
 * Read per customer a page at a time, newest first.
 */
@NullMarked
package be.cloudgroup.privacy.persistence.invoice;

import org.jspecify.annotations.NullMarked;
