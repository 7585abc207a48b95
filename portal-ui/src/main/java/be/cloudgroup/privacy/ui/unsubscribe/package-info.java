/**
 * The page an unsubscribe link opens without signing in, and the one-click endpoint for mail programs.
 */
@NullMarked
package be.cloudgroup.privacy.ui.unsubscribe;

import org.jspecify.annotations.NullMarked;
