/**
 * Privacy requests: the entity, its repository and the adapter behind the domain's port.
 */
@NullMarked
package be.cloudgroup.privacy.persistence.request;

import org.jspecify.annotations.NullMarked;
