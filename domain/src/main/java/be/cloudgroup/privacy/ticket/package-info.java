/**
 * Service tickets: the customer's support history, by channel and state.
 * A ticket's subject is personal data shown only to its customer and support staff.
 */
@NullMarked
package be.cloudgroup.privacy.ticket;

import org.jspecify.annotations.NullMarked;
