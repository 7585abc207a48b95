/**
 * A customer's contracts as stored, read per customer a page at a time, newest first, and
 * counted (all and active) for the data inventory.
 */
@NullMarked
package be.cloudgroup.privacy.persistence.contract;

import org.jspecify.annotations.NullMarked;
