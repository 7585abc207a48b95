/** Support staff's tools: finding the customer to help. */
package be.cloudgroup.privacy.ui.support;
