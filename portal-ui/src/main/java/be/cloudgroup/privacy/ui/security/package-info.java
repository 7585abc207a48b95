/**
 * Sign-in by OIDC, the session principal with roles from the portal database, and the pages
 * shown to people who cannot enter.
 */
@NullMarked
package be.cloudgroup.privacy.ui.security;

import org.jspecify.annotations.NullMarked;
