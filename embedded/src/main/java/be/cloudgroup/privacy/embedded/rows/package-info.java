/**
 * Rows for the test and demo databases, built from the domain's value objects: the one way tests,
 * the demo and the benchmark put customers in the database. Never in production.
 */
@NullMarked
package be.cloudgroup.privacy.embedded.rows;

import org.jspecify.annotations.NullMarked;
