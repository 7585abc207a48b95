/**
 * Marketing campaigns and the customers enrolled in them. Subscriptions per topic and channel are
 * decisions in the consent ledger (persistence {@code consent}).
 */
@NullMarked
package be.cloudgroup.privacy.persistence.marketing;

import org.jspecify.annotations.NullMarked;
