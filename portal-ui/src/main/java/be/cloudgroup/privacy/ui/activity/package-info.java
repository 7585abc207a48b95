/** What happened to the customer's data: sign-ins, changes and staff access. */
package be.cloudgroup.privacy.ui.activity;
