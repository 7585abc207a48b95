/** Friendly error pages: not found (also for denied access) and unexpected failures. */
package be.cloudgroup.privacy.ui.error;
