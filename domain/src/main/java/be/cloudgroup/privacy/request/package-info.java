/**
 * Privacy requests the customer files and follows (today: rectification of what they cannot edit
 * themselves, such as company name and VAT number), reviewed by staff.
 */
package be.cloudgroup.privacy.request;
