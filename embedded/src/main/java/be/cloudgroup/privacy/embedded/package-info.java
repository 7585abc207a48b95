/**
 * Embedded stand-ins for the outer infrastructure (MariaDB server, OIDC provider) used by tests
 * and the demo. Real servers, started in-process or as child processes; never in production.
 */
@NullMarked
package be.cloudgroup.privacy.embedded;

import org.jspecify.annotations.NullMarked;
