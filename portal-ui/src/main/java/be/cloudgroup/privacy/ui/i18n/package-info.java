/**
 * Translations: the bundles provider and the language a person picked.
 */
@NullMarked
package be.cloudgroup.privacy.ui.i18n;

import org.jspecify.annotations.NullMarked;
