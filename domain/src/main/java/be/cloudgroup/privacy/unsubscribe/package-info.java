/**
 * Unsubscribe links in marketing e-mail: signed, expiring links that can only withdraw one topic's
 * e-mail subscription, recorded in the consent ledger as "through the link in an e-mail".
 */
@NullMarked
package be.cloudgroup.privacy.unsubscribe;

import org.jspecify.annotations.NullMarked;
