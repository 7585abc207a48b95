/**
 * Storage of the privacy statement's versions (table {@code policy_version}) behind the domain's
 * policy ports.
 */
@NullMarked
package be.cloudgroup.privacy.persistence.policy;

import org.jspecify.annotations.NullMarked;
