/**
 * Marketing campaigns, the customers enrolled in them and each customer's subscriptions per topic
 * and channel, as stored. Direct marketing: an unsubscription always wins (Art. 21(3) GDPR).
 */
package be.cloudgroup.privacy.persistence.marketing;
