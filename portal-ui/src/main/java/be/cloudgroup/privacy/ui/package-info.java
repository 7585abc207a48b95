/**
 * The portal's web front end (Vaadin Flow views, security, translations) and the Spring Boot
 * application that assembles domain and persistence.
 */
@NullMarked
package be.cloudgroup.privacy.ui;

import org.jspecify.annotations.NullMarked;
