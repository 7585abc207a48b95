/** Data-subject requests the customer filed and follows. */
package be.cloudgroup.privacy.ui.request;
