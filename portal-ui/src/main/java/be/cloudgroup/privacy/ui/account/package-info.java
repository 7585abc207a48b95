/** Administration of portal accounts and the bootstrap admin of a fresh installation. */
package be.cloudgroup.privacy.ui.account;
