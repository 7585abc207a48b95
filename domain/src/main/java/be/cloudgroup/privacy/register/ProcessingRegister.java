package be.cloudgroup.privacy.register;

import be.cloudgroup.privacy.shared.Language;
import java.util.List;

/**
 * Port to the register of processing (Art. 30), implemented by the persistence module.
 *
 * <p>Only active purposes are returned; a deactivated purpose stays in the database for the record
 * but is no longer shown or exported. Texts come in the requested language, falling back to English
 * for a text not (yet) translated, so a customer never sees an empty purpose. Implementations load
 * a whole register in a fixed, small number of queries, whatever the number of purposes.
 */
public interface ProcessingRegister {

    /** All active purposes, ordered by position (the order of section 4.2 of the privacy statement). */
    List<PurposeDetails> activePurposes(Language language);

    /** The active purposes that use the given data category, ordered by position. */
    List<PurposeDetails> purposesUsing(DataCategory category, Language language);
}
