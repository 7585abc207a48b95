/**
 * The customer's "My privacy" dashboard: live summaries per area, the DPO and the complaint route.
 */
package be.cloudgroup.privacy.ui.dashboard;
