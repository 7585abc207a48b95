/**
 * Versions of the privacy statement: which version is in force at a moment, what changed, and
 * the customers' acknowledgements of material versions.
 */
@NullMarked
package be.cloudgroup.privacy.policy;

import org.jspecify.annotations.NullMarked;
