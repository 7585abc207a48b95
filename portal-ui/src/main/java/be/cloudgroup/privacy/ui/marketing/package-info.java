/**
 * Marketing e-mail leaving the portal, and the page an unsubscribe link opens without signing in.
 */
package be.cloudgroup.privacy.ui.marketing;
