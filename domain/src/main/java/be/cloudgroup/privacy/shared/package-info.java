/**
 * Small building blocks shared by every feature: the validation exception with its translation
 * key, the portal's languages and the one-time codes.
 */
@NullMarked
package be.cloudgroup.privacy.shared;

import org.jspecify.annotations.NullMarked;
