/**
 * A customer's contracts: the products and phone lines they run and the state each is in.
 * Contract data is the basis of the CONTRACT_DELIVERY purpose.
 */
@NullMarked
package be.cloudgroup.privacy.contract;

import org.jspecify.annotations.NullMarked;
