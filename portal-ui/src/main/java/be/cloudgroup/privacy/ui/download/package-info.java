/** Downloading a copy of one's data (Art. 15(3), Art. 20). */
package be.cloudgroup.privacy.ui.download;
