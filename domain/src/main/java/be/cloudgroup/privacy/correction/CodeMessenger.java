package be.cloudgroup.privacy.correction;

import be.cloudgroup.privacy.shared.Language;

/**
 * Port that delivers a one-time code to a new e-mail address or mobile number, in the customer's
 * language. The code is a secret: adapters never log it.
 */
public interface CodeMessenger {

    void send(ContactChannel channel, String to, String code, Language language);
}
