/**
 * Translations: the bundles provider and the language a person picked.
 */
package be.cloudgroup.privacy.ui.i18n;
