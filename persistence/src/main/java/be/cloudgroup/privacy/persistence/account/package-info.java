/**
 * Storage of portal accounts, their roles and sign-ins, behind the domain's {@code Accounts} port.
 */
package be.cloudgroup.privacy.persistence.account;
