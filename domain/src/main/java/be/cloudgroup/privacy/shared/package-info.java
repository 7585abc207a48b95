/**
 * Small building blocks shared by every feature: the validation exception with its translation
 * key and the portal's languages.
 */
package be.cloudgroup.privacy.shared;
