/**
 * Persistence adapters: JPA entities, Spring Data repositories and the classes implementing the
 * domain's ports, organised in the same feature packages as the domain. Liquibase owns the schema.
 */
package be.cloudgroup.privacy.persistence;
