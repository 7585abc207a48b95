package be.cloudgroup.privacy.marketing;

import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.shared.Language;

/** Where and in which language a customer receives marketing e-mail. */
public record MarketingContact(long customerId, CustomerNumber number, EmailAddress email, Language language) {

    /** The address as an unsubscribe page may show it to whoever holds the link: {@code a•••@example.org}. */
    public String maskedEmail() {
        return email.masked();
    }
}
