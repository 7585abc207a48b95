/**
 * A customer's service tickets as stored, read per customer a page at a time, most recently
 * opened first.
 */
package be.cloudgroup.privacy.persistence.ticket;
