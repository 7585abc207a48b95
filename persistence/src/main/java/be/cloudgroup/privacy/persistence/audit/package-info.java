/**
 * Storage of the append-only audit trail: one immutable row per event, indexed by subject
 * customer and time for the customer's activity page.
 */
package be.cloudgroup.privacy.persistence.audit;
