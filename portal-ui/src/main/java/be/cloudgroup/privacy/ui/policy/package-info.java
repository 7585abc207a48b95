/**
 * The privacy statement in force, the admin's screen to publish a new version, and the page where
 * a customer acknowledges a material version before going on.
 */
@NullMarked
package be.cloudgroup.privacy.ui.policy;

import org.jspecify.annotations.NullMarked;
