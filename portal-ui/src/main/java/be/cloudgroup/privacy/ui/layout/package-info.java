/**
 * The application shell (banner, navigation, language switch) and the base of every page.
 */
@NullMarked
package be.cloudgroup.privacy.ui.layout;

import org.jspecify.annotations.NullMarked;
