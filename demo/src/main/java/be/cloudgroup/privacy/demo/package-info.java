/**
 * The demo: the portal on embedded MariaDB and an embedded OIDC provider, with demo data.
 * Never part of the production artifact.
 */
@NullMarked
package be.cloudgroup.privacy.demo;

import org.jspecify.annotations.NullMarked;
