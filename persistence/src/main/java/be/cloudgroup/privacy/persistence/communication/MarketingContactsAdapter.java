package be.cloudgroup.privacy.persistence.communication;

import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.communication.CommunicationKind;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.marketing.MarketingContact;
import be.cloudgroup.privacy.marketing.MarketingContacts;
import be.cloudgroup.privacy.persistence.customer.CustomerEntity;
import be.cloudgroup.privacy.persistence.customer.CustomerRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The marketing port on the customer inventory and the communications log: who may be mailed, and
 * each mailing sent, as a communication. It lives with the communications it writes, since the log
 * already points at its campaign (communication depends on marketing, not the other way round).
 */
@Component
class MarketingContactsAdapter implements MarketingContacts {

    private final CustomerRepository customers;
    private final CommunicationRepository communications;

    MarketingContactsAdapter(CustomerRepository customers, CommunicationRepository communications) {
        this.customers = customers;
        this.communications = communications;
    }

    @Override
    public Optional<MarketingContact> byNumber(CustomerNumber number) {
        return customers.findByCustomerNumber(number.toString()).map(MarketingContactsAdapter::contact);
    }

    @Override
    public List<MarketingContact> byIds(List<Long> customerIds) {
        return customers.findAllById(customerIds).stream()
                .map(MarketingContactsAdapter::contact)
                .toList();
    }

    @Override
    public void recordSent(long customerId, String subject, Instant sentAt) {
        communications.save(new CommunicationEntity(
                customers.getReferenceById(customerId),
                sentAt,
                CommunicationChannel.EMAIL,
                CommunicationKind.NEWSLETTER,
                subject,
                null));
    }

    private static MarketingContact contact(CustomerEntity customer) {
        return new MarketingContact(
                customer.getId(),
                CustomerNumber.valueOf(customer.getCustomerNumber()),
                EmailAddress.valueOf(customer.getEmail()),
                customer.getLanguage());
    }
}
