/**
 * Newsletters and other subscription mailings: sent only to the audience the consent ledger allows,
 * each mail with its own signed unsubscribe link, each recorded in the customer's communications.
 */
@NullMarked
package be.cloudgroup.privacy.newsletter;

import org.jspecify.annotations.NullMarked;
