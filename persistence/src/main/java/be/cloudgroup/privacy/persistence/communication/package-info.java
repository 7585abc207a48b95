/**
 * The log of messages sent to a customer (service messages, newsletters, campaigns, invoice
 * notices), read per customer a page at a time, most recent first.
 */
@NullMarked
package be.cloudgroup.privacy.persistence.communication;

import org.jspecify.annotations.NullMarked;
