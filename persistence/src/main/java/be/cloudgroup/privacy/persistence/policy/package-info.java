/**
 * Storage of the privacy statement's versions (table {@code policy_version}) behind the domain's
 * policy ports.
 */
package be.cloudgroup.privacy.persistence.policy;
