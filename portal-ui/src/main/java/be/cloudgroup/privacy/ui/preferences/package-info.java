/** The customer's consents, objections and channel preferences. */
package be.cloudgroup.privacy.ui.preferences;
