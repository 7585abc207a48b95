/**
 * The customer's "My privacy" dashboard: live summaries per area, the DPO and the complaint route.
 */
@NullMarked
package be.cloudgroup.privacy.ui.dashboard;

import org.jspecify.annotations.NullMarked;
