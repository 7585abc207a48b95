/**
 * Assist sessions on screen: the staff overview and start form, the banner on every page (staff
 * and customer), the customer's "Let support help me" page, the admin's session list, and the
 * glue that lets staff into the customer's pages only while a session is open.
 */
@NullMarked
package be.cloudgroup.privacy.ui.assist;

import org.jspecify.annotations.NullMarked;
