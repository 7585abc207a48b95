/** Administration of portal accounts and the bootstrap admin of a fresh installation. */
@NullMarked
package be.cloudgroup.privacy.ui.account;

import org.jspecify.annotations.NullMarked;
