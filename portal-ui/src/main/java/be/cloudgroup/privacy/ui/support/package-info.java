/** Support staff's tools: finding the customer to help. */
@NullMarked
package be.cloudgroup.privacy.ui.support;

import org.jspecify.annotations.NullMarked;
