/** Activation: the activations in progress (throttling window, hashed code) and the decoy hints. */
@NullMarked
package be.cloudgroup.privacy.persistence.activation;

import org.jspecify.annotations.NullMarked;
