/**
 * The figures of a customer's dashboard, counted across contracts, invoices and service tickets.
 */
package be.cloudgroup.privacy.persistence.dashboard;
