/**
 * Storage of the append-only audit trail: one immutable row per event, indexed by subject customer
 * and time for the customer's activity page, and read whole, filtered and paged for the admins
 * ({@code AuditLogAdapter}, {@code AuditQueries}).
 */
@NullMarked
package be.cloudgroup.privacy.persistence.audit;

import org.jspecify.annotations.NullMarked;
