/**
 * Application-wide configuration: the clock, start-up diagnostics and start-up tasks.
 */
package be.cloudgroup.privacy.ui.config;
