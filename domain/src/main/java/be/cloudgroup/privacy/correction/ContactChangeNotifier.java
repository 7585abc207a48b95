package be.cloudgroup.privacy.correction;

import be.cloudgroup.privacy.shared.Language;

/**
 * Port that tells the previous e-mail address that the portal's address was changed, so that the
 * owner notices a change they did not make. Adapters never log the addresses.
 */
public interface ContactChangeNotifier {

    void emailChanged(String oldAddress, String newAddress, Language language);
}
