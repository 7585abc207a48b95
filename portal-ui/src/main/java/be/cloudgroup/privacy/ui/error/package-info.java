/** Friendly error pages: not found (also for denied access) and unexpected failures. */
@NullMarked
package be.cloudgroup.privacy.ui.error;

import org.jspecify.annotations.NullMarked;
