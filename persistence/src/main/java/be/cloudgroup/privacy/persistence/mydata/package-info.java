/**
 * The read side of "My data": one statement per list, projected straight into the domain's
 * records, so that no entity (and no lazy association) is touched while rendering.
 */
@NullMarked
package be.cloudgroup.privacy.persistence.mydata;

import org.jspecify.annotations.NullMarked;
