/**
 * Deliberately wrong classes on which ArchitectureTest shows that its feature rules fail: a cycle
 * between two UI features, a view not named after its feature, a feature without bundle or domain
 * package. Outside the application's packages, so that neither Vaadin nor Spring registers them.
 */
package be.cloudgroup.archfixture;
