/**
 * Who the customer is: the customer's value objects (e-mail, phone, VAT number, postal address,
 * public customer number) and the small enums that classify a customer.
 */
@NullMarked
package be.cloudgroup.privacy.customer;

import org.jspecify.annotations.NullMarked;
