package be.cloudgroup.privacy.persistence.customer;

import be.cloudgroup.privacy.customer.CustomerDirectory;
import be.cloudgroup.privacy.customer.CustomerMatch;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.persistence.OffsetLimit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
class CustomerDirectoryAdapter implements CustomerDirectory {

    private final CustomerRepository customers;

    CustomerDirectoryAdapter(CustomerRepository customers) {
        this.customers = customers;
    }

    @Override
    public Optional<Long> idOf(CustomerNumber number) {
        return customers.findByCustomerNumber(number.toString()).map(CustomerEntity::getId);
    }

    @Override
    public List<CustomerMatch> search(String term, int offset, int limit) {
        return customers.search(term, OffsetLimit.of(offset, limit)).stream()
                .map(customer -> new CustomerMatch(
                        customer.getCustomerNumber(),
                        customer.displayName(),
                        customer.getType(),
                        customer.getCity(),
                        customer.getStatus()))
                .toList();
    }

    @Override
    public long countMatches(String term) {
        return customers.countMatches(term);
    }
}
