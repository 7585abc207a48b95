/**
 * A customer's service tickets as stored, read per customer a page at a time, most recently
 * opened first.
 */
@NullMarked
package be.cloudgroup.privacy.persistence.ticket;

import org.jspecify.annotations.NullMarked;
