/**
 * Data in from the company's systems (UI label "Import"): a JSON Lines file of customers, marketing
 * leads, contracts, invoices, service tickets and communications, validated line by line through
 * the value objects and upserted in batches on the company's own identifiers. What a customer
 * corrected in the portal since the last import is never overwritten: it becomes a conflict an
 * admin resolves.
 */
@NullMarked
package be.cloudgroup.privacy.intake;

import org.jspecify.annotations.NullMarked;
