/** Downloading a copy of one's data (Art. 15(3), Art. 20). */
@NullMarked
package be.cloudgroup.privacy.ui.download;

import org.jspecify.annotations.NullMarked;
