/** The customer's consents, objections and channel preferences. */
@NullMarked
package be.cloudgroup.privacy.ui.preferences;

import org.jspecify.annotations.NullMarked;
