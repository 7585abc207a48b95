/** Data-subject requests the customer filed and follows. */
@NullMarked
package be.cloudgroup.privacy.ui.request;

import org.jspecify.annotations.NullMarked;
