/**
 * The register of processing (GDPR Art. 30): purposes, their legal basis, data categories,
 * recipients, retention and source, and what a customer can do about each purpose.
 */
@NullMarked
package be.cloudgroup.privacy.register;

import org.jspecify.annotations.NullMarked;
