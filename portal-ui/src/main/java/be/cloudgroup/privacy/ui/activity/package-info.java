/** What happened to the customer's data: sign-ins, changes and staff access. */
@NullMarked
package be.cloudgroup.privacy.ui.activity;

import org.jspecify.annotations.NullMarked;
