/**
 * Storage of portal accounts, their roles and sign-ins, behind the domain's {@code Accounts} port.
 */
@NullMarked
package be.cloudgroup.privacy.persistence.account;

import org.jspecify.annotations.NullMarked;
