/** The customer's own data: identity, contact details and the inventory around them. */
package be.cloudgroup.privacy.ui.mydata;
