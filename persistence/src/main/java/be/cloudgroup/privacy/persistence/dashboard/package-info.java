/**
 * The figures of a customer's dashboard, counted across contracts, invoices and service tickets.
 */
@NullMarked
package be.cloudgroup.privacy.persistence.dashboard;

import org.jspecify.annotations.NullMarked;
