/**
 * Persistence adapters: JPA entities, Spring Data repositories and the classes implementing the
 * domain's ports, organised in the same feature packages as the domain. Liquibase owns the schema.
 */
@NullMarked
package be.cloudgroup.privacy.persistence;

import org.jspecify.annotations.NullMarked;
