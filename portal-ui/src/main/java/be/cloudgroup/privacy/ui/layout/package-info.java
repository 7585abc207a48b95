/**
 * The application shell (banner, navigation, language switch) and the base of every page.
 */
package be.cloudgroup.privacy.ui.layout;
