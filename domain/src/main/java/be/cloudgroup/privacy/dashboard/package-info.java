/**
 * "My privacy", the customer's home: a live summary per area of the portal.
 */
@NullMarked
package be.cloudgroup.privacy.dashboard;

import org.jspecify.annotations.NullMarked;
