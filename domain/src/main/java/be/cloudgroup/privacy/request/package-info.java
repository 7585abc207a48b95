/**
 * Privacy requests the customer files and follows (today: rectification of what they cannot edit
 * themselves, such as company name and VAT number), reviewed by staff.
 */
@NullMarked
package be.cloudgroup.privacy.request;

import org.jspecify.annotations.NullMarked;
