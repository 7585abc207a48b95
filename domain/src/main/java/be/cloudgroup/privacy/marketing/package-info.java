/**
 * Marketing campaigns, the customers enrolled in them and per-channel subscriptions.
 * Direct marketing: an objection or unsubscription is absolute (Art. 21(3) GDPR).
 */
@NullMarked
package be.cloudgroup.privacy.marketing;

import org.jspecify.annotations.NullMarked;
