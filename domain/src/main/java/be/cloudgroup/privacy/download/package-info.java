/**
 * The customer's download archive (GDPR Art. 15(3), Art. 15(1) and Art. 20): one ZIP written
 * while the rows are read, from table sections that the persistence module streams.
 */
@NullMarked
package be.cloudgroup.privacy.download;

import org.jspecify.annotations.NullMarked;
