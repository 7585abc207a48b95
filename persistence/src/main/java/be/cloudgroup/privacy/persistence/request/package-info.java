/**
 * Privacy requests: the entity, its repository and the adapter behind the domain's port.
 */
package be.cloudgroup.privacy.persistence.request;
