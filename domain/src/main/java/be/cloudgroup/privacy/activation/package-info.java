/**
 * Activation: a customer signed in at the identity provider without a portal account makes their
 * own, by their customer number and a one-time code sent to the contact details on file.
 */
@NullMarked
package be.cloudgroup.privacy.activation;

import org.jspecify.annotations.NullMarked;
