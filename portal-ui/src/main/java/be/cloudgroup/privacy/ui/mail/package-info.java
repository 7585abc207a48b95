/**
 * Outbound adapters: e-mail (one-time codes, marketing mail through SMTP) and the SMS gateway.
 * No views live here.
 */
@NullMarked
package be.cloudgroup.privacy.ui.mail;

import org.jspecify.annotations.NullMarked;
