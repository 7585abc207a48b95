package be.cloudgroup.privacy.persistence.correction;

import be.cloudgroup.privacy.correction.ChangedMeanwhileException;
import be.cloudgroup.privacy.correction.ContactDetails;
import be.cloudgroup.privacy.correction.ContactDetailsStore;
import be.cloudgroup.privacy.correction.CorrectContactDetailsCommand;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.customer.PhoneNumber;
import be.cloudgroup.privacy.persistence.customer.CustomerEntity;
import be.cloudgroup.privacy.persistence.customer.CustomerRepository;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

@Component
class ContactDetailsAdapter implements ContactDetailsStore {

    private final CustomerRepository customers;

    ContactDetailsAdapter(CustomerRepository customers) {
        this.customers = customers;
    }

    @Override
    public Optional<ContactDetails> find(long customerId) {
        return customers.findById(customerId).map(ContactDetailsAdapter::details);
    }

    @Override
    public ContactDetails apply(long customerId, CorrectContactDetailsCommand command) {
        // ContactDetails.correct checked the command against this transaction's read; @Version guards the rest
        CustomerEntity customer = customers.findById(customerId).orElseThrow(ChangedMeanwhileException::new);
        customer.correctName(command.salutation(), command.name());
        customer.correctAddress(command.address());
        // The mobile changes only after a confirmation code (changeMobile): it is left as stored.
        customer.correctPhone(command.phone());
        customer.changeLanguage(command.language());
        try {
            return details(customers.saveAndFlush(customer));
        } catch (ObjectOptimisticLockingFailureException concurrentChange) {
            throw new ChangedMeanwhileException();
        }
    }

    @Override
    public void changeEmail(long customerId, EmailAddress email) {
        customers.findById(customerId).orElseThrow().correctEmail(email);
    }

    @Override
    public void changeMobile(long customerId, PhoneNumber mobile) {
        customers.findById(customerId).orElseThrow().correctMobile(mobile);
    }

    private static ContactDetails details(CustomerEntity customer) {
        return new ContactDetails(
                customer.getCustomerNumber(),
                customer.getType(),
                customer.getSalutation(),
                customer.getFirstName().orElse(""),
                customer.getLastName().orElse(""),
                customer.getCompanyName().orElse(""),
                customer.getEmail(),
                customer.getStreet(),
                customer.getHouseNumber(),
                customer.getBox().orElse(""),
                customer.getPostalCode(),
                customer.getCity(),
                customer.getCountry(),
                customer.getPhone().orElse(""),
                customer.getMobile().orElse(""),
                customer.getLanguage(),
                customer.getVersion());
    }
}
