/**
 * Persistence of the register of processing: purpose, text and recipient entities, their
 * repositories and the adapter implementing the domain's {@code ProcessingRegister} port.
 */
@NullMarked
package be.cloudgroup.privacy.persistence.register;

import org.jspecify.annotations.NullMarked;
