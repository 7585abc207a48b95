/**
 * The customer's activity page: their sign-ins, their own changes and every access or change by
 * staff, read newest first from the audit trail that names them as subject.
 */
@NullMarked
package be.cloudgroup.privacy.activity;

import org.jspecify.annotations.NullMarked;
