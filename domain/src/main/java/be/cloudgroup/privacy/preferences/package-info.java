/**
 * Consents, objections and subscriptions: the append-only ledger of the customer's decisions, the
 * state derived from it (now or at any past instant), the Preferences service and who may be contacted.
 */
@NullMarked
package be.cloudgroup.privacy.preferences;

import org.jspecify.annotations.NullMarked;
