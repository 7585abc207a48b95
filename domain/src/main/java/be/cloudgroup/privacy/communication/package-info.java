/**
 * Messages sent to a customer: by which channel and of which kind.
 * Each kind serves a purpose of the register; content is not kept here.
 */
@NullMarked
package be.cloudgroup.privacy.communication;

import org.jspecify.annotations.NullMarked;
