/**
 * Storage of the append-only consent ledger (table {@code consent_decision}) behind the domain's
 * {@code ConsentLedger} port: plain SQL, insert and select only; the database rejects updates and deletes.
 */
@NullMarked
package be.cloudgroup.privacy.persistence.preferences;

import org.jspecify.annotations.NullMarked;
