/** The customer's own data: identity, contact details and the inventory around them. */
@NullMarked
package be.cloudgroup.privacy.ui.mydata;

import org.jspecify.annotations.NullMarked;
