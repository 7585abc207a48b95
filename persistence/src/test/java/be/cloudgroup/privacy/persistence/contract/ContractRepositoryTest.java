package be.cloudgroup.privacy.persistence.contract;

import static be.cloudgroup.privacy.persistence.customer.Customers.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.contract.ContractStatus;
import be.cloudgroup.privacy.customer.PhoneNumber;
import be.cloudgroup.privacy.persistence.PersistenceTest;
import be.cloudgroup.privacy.persistence.customer.CustomerEntity;
import be.cloudgroup.privacy.persistence.customer.CustomerRepository;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class ContractRepositoryTest extends PersistenceTest {

    private static final AtomicInteger NUMBER = new AtomicInteger();

    @Autowired
    ContractRepository contracts;

    @Autowired
    CustomerRepository customers;

    @Autowired
    EntityManager entityManager;

    @Test
    void contracts_are_counted_per_customer_all_and_active() {
        CustomerEntity customer = customers.save(aCustomer().build());
        CustomerEntity someoneElse = customers.save(aCustomer().build());
        contracts.save(contract(customer, LocalDate.of(2022, 1, 1)));
        contracts.save(contract(customer, LocalDate.of(2023, 1, 1)));
        ContractEntity ended = contract(customer, LocalDate.of(2020, 1, 1));
        ended.end(LocalDate.of(2021, 12, 31));
        contracts.save(ended);
        contracts.save(contract(someoneElse, LocalDate.of(2023, 1, 1)));

        assertThat(contracts.countByCustomerId(customer.getId())).isEqualTo(3);
        assertThat(contracts.countActiveByCustomerId(customer.getId())).isEqualTo(2);
        assertThat(contracts.countByCustomerIdAndStatus(customer.getId(), ContractStatus.ENDED))
                .isEqualTo(1);
    }

    @Test
    void contracts_are_paged_newest_first() {
        CustomerEntity customer = customers.save(aCustomer().build());
        ContractEntity oldest = contracts.save(contract(customer, LocalDate.of(2020, 1, 1)));
        ContractEntity newest = contracts.save(contract(customer, LocalDate.of(2024, 1, 1)));
        ContractEntity middle = contracts.save(contract(customer, LocalDate.of(2022, 1, 1)));

        assertThat(contracts.findByCustomerIdOrderByStartDateDescIdDesc(customer.getId(), PageRequest.of(0, 2)))
                .containsExactly(newest, middle);
        assertThat(contracts.findByCustomerIdOrderByStartDateDescIdDesc(customer.getId(), PageRequest.of(1, 2)))
                .containsExactly(oldest);
    }

    @Test
    void an_ended_contract_is_read_back_with_its_phone_line_and_end_date() {
        CustomerEntity customer = customers.save(aCustomer().build());
        ContractEntity contract = new ContractEntity(
                customer,
                "CT-READ-1",
                "Mobile Unlimited",
                PhoneNumber.valueOf("+32 470 12 34 56"),
                LocalDate.of(2021, 6, 1));
        contract.end(LocalDate.of(2024, 5, 31));
        contracts.saveAndFlush(contract);
        entityManager.clear();

        ContractEntity read = contracts.findById(contract.getId()).orElseThrow();

        assertThat(read.getContractNumber()).isEqualTo("CT-READ-1");
        assertThat(read.getProduct()).isEqualTo("Mobile Unlimited");
        assertThat(read.getPhoneNumber()).contains("+32470123456");
        assertThat(read.getStartDate()).isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(read.getEndDate()).contains(LocalDate.of(2024, 5, 31));
        assertThat(read.getStatus()).isEqualTo(ContractStatus.ENDED);
    }

    @Test
    void the_contract_number_is_unique() {
        CustomerEntity customer = customers.save(aCustomer().build());
        contracts.saveAndFlush(new ContractEntity(customer, "CT-DUP-1", "TV", null, LocalDate.of(2024, 1, 1)));

        assertThatThrownBy(() -> contracts.saveAndFlush(
                        new ContractEntity(customer, "CT-DUP-1", "TV", null, LocalDate.of(2024, 1, 1))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static ContractEntity contract(CustomerEntity customer, LocalDate start) {
        return new ContractEntity(customer, "CT-T-" + NUMBER.incrementAndGet(), "Internet Comfort", null, start);
    }
}
