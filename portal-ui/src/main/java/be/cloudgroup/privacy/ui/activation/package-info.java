/** Activation: the page where a customer signed in without a portal account activates their own. */
@NullMarked
package be.cloudgroup.privacy.ui.activation;

import org.jspecify.annotations.NullMarked;
