/**
 * "My data" (GDPR Art. 15): everything stored about the signed-in customer, read-only, with the
 * purposes of the register of processing that explain why each category is kept.
 */
@NullMarked
package be.cloudgroup.privacy.mydata;

import org.jspecify.annotations.NullMarked;
