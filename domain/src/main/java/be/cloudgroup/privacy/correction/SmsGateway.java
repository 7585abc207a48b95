package be.cloudgroup.privacy.correction;

import be.cloudgroup.privacy.customer.PhoneNumber;

/** Port to the SMS provider: an outer boundary. The text may contain a secret code: never log it. */
public interface SmsGateway {

    void send(PhoneNumber to, String text);
}
