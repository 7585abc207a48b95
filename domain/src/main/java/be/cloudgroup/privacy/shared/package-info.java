/**
 * Small building blocks shared by every feature: the validation exception with its translation
 * key and the portal's languages.
 */
@NullMarked
package be.cloudgroup.privacy.shared;

import org.jspecify.annotations.NullMarked;
