/**
 * The customer as stored: identity, contact details, address, language, status and lead source,
 * with the customer search for support staff. Other features refer to a customer by its id.
 */
@NullMarked
package be.cloudgroup.privacy.persistence.customer;

import org.jspecify.annotations.NullMarked;
