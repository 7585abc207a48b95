/**
 * Portal accounts: identities linked to accounts, roles and status from the portal's database,
 * sign-in and the signed-in account that self-service operations take their subject from.
 */
@NullMarked
package be.cloudgroup.privacy.account;

import org.jspecify.annotations.NullMarked;
