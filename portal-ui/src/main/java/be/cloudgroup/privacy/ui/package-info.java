/**
 * The portal's web front end (Vaadin Flow views, security, translations) and the Spring Boot
 * application that assembles domain and persistence.
 */
package be.cloudgroup.privacy.ui;
