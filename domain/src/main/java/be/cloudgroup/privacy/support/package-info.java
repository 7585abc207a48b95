/**
 * Support staff find a customer: the search, its limits and its audit.
 */
package be.cloudgroup.privacy.support;
