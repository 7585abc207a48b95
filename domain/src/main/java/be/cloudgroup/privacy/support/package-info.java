/**
 * Support staff find a customer: the search, its limits and its audit.
 */
@NullMarked
package be.cloudgroup.privacy.support;

import org.jspecify.annotations.NullMarked;
