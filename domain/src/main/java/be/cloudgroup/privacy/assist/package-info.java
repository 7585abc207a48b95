/**
 * Assist sessions: a support agent helps a customer through an audited, time-boxed session the
 * customer can see and end. The rules, the session record, the subject resolver and the service.
 */
@NullMarked
package be.cloudgroup.privacy.assist;

import org.jspecify.annotations.NullMarked;
