/**
 * Assist sessions, access codes and wrong tries in MariaDB, and the customer facts a session needs.
 */
@NullMarked
package be.cloudgroup.privacy.persistence.assist;

import org.jspecify.annotations.NullMarked;
