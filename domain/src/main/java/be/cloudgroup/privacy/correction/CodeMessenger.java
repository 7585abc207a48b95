package be.cloudgroup.privacy.correction;

import be.cloudgroup.privacy.shared.Language;

/**
 * Port that delivers a one-time code by e-mail or SMS, in the customer's language, with a text
 * that says what the code is for. The code is a secret: adapters never log it.
 */
public interface CodeMessenger {

    /** What a code confirms; the message names it. */
    enum Purpose {
        /** A new e-mail address or mobile number (the code goes to the new one). */
        CONTACT_CHANGE,
        /** The customer's own portal account (the code goes to the address on file). */
        ACTIVATION
    }

    void send(Purpose purpose, ContactChannel channel, String to, String code, Language language);
}
