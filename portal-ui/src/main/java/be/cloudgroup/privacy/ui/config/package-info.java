/**
 * Application-wide configuration: the clock, start-up diagnostics and start-up tasks.
 */
@NullMarked
package be.cloudgroup.privacy.ui.config;

import org.jspecify.annotations.NullMarked;
