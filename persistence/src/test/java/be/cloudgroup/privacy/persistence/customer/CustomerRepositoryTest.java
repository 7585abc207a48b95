package be.cloudgroup.privacy.persistence.customer;

import static be.cloudgroup.privacy.persistence.customer.Customers.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.customer.CompanyName;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.customer.CustomerStatus;
import be.cloudgroup.privacy.customer.CustomerType;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.customer.LeadSource;
import be.cloudgroup.privacy.customer.PersonName;
import be.cloudgroup.privacy.customer.PhoneNumber;
import be.cloudgroup.privacy.customer.PostalAddress;
import be.cloudgroup.privacy.customer.Salutation;
import be.cloudgroup.privacy.customer.VatNumber;
import be.cloudgroup.privacy.persistence.PersistenceTest;
import be.cloudgroup.privacy.shared.Language;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class CustomerRepositoryTest extends PersistenceTest {

    @Autowired
    CustomerRepository customers;

    @Autowired
    EntityManager entityManager;

    @Test
    void a_customer_is_saved_and_read_back_with_all_fields() {
        Instant createdAt = Instant.parse("2023-11-30T23:59:59.999999Z");
        CustomerEntity customer = new CustomerEntity(
                CustomerNumber.valueOf("CG00000018"),
                CustomerType.BUSINESS,
                Salutation.MX,
                PersonName.valueOf("Sam", "Janssens"),
                EmailAddress.valueOf("Sam.Janssens@Example.BE"),
                PostalAddress.valueOf("Rue de la Loi", "16", "3b", "1000", "Bruxelles", "be"),
                Language.FR,
                CustomerStatus.PROSPECT,
                createdAt);
        customer.correctCompany(CompanyName.valueOf("Janssens & Zonen BV"), VatNumber.valueOf("BE 0403.170.701"));
        customer.correctPhone(PhoneNumber.valueOf("02 123 45 67"));
        customer.correctMobile(PhoneNumber.valueOf("0470 12 34 56"));
        customer.recordLeadSource(LeadSource.TRADE_FAIR, "Batibouw 2023", LocalDate.of(2023, 2, 25));
        customers.saveAndFlush(customer);
        entityManager.clear();

        CustomerEntity read = customers.findByCustomerNumber("CG00000018").orElseThrow();

        assertThat(read.getId()).isEqualTo(customer.getId());
        assertThat(read.getCustomerNumber()).isEqualTo("CG00000018");
        assertThat(read.getType()).isEqualTo(CustomerType.BUSINESS);
        assertThat(read.getSalutation()).isEqualTo(Salutation.MX);
        assertThat(read.getFirstName()).contains("Sam");
        assertThat(read.getLastName()).contains("Janssens");
        assertThat(read.getCompanyName()).contains("Janssens & Zonen BV");
        assertThat(read.getVatNumber()).contains("BE0403170701");
        assertThat(read.getEmail()).isEqualTo("Sam.Janssens@example.be");
        assertThat(read.getPhone()).contains("+3221234567");
        assertThat(read.getMobile()).contains("+32470123456");
        assertThat(read.getStreet()).isEqualTo("Rue de la Loi");
        assertThat(read.getHouseNumber()).isEqualTo("16");
        assertThat(read.getBox()).contains("3b");
        assertThat(read.getPostalCode()).isEqualTo("1000");
        assertThat(read.getCity()).isEqualTo("Bruxelles");
        assertThat(read.getCountry()).isEqualTo("BE");
        assertThat(read.getLanguage()).isEqualTo(Language.FR);
        assertThat(read.getStatus()).isEqualTo(CustomerStatus.PROSPECT);
        assertThat(read.getLeadSource()).contains(LeadSource.TRADE_FAIR);
        assertThat(read.getLeadSourceDetail()).contains("Batibouw 2023");
        assertThat(read.getAcquiredOn()).contains(LocalDate.of(2023, 2, 25));
        assertThat(read.getCreatedAt()).isEqualTo(createdAt);
        assertThat(read.getVersion()).isZero();
    }

    @Test
    void optional_fields_of_a_customer_may_stay_empty() {
        CustomerEntity customer = customers.saveAndFlush(aCustomer().build());
        entityManager.clear();

        CustomerEntity read = customers.findById(customer.getId()).orElseThrow();

        assertThat(read.getCompanyName()).isEmpty();
        assertThat(read.getVatNumber()).isEmpty();
        assertThat(read.getPhone()).isEmpty();
        assertThat(read.getMobile()).isEmpty();
        assertThat(read.getBox()).isEmpty();
        assertThat(read.getLeadSource()).isEmpty();
        assertThat(read.getLeadSourceDetail()).isEmpty();
        assertThat(read.getAcquiredOn()).isEmpty();
    }

    @Test
    void timestamps_are_stored_in_utc_with_microseconds() {
        CustomerEntity customer = customers.saveAndFlush(aCustomer().build());

        Object stored = entityManager
                .createNativeQuery("select date_format(created_at, '%Y-%m-%d %H:%i:%s.%f') from customer where id = ?1")
                .setParameter(1, customer.getId())
                .getSingleResult();

        assertThat(stored).isEqualTo("2024-05-02 08:30:15.123456");
    }

    @Test
    void the_customer_number_is_unique() {
        CustomerNumber number = CustomerNumber.of(9_999_001);
        customers.saveAndFlush(aCustomer().number(number).build());

        assertThatThrownBy(
                        () -> customers.saveAndFlush(aCustomer().number(number).build()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_customer_is_found_by_customer_number_and_an_unknown_number_finds_nobody() {
        CustomerEntity customer = customers.saveAndFlush(aCustomer().build());

        assertThat(customers.findByCustomerNumber(customer.getCustomerNumber()))
                .get()
                .extracting(CustomerEntity::getId)
                .isEqualTo(customer.getId());
        assertThat(customers.existsByCustomerNumber(customer.getCustomerNumber()))
                .isTrue();
        assertThat(customers.findByCustomerNumber(CustomerNumber.of(9_999_002).toString()))
                .isEmpty();
    }

    @Test
    void correcting_a_customer_raises_the_version() {
        CustomerEntity customer = customers.saveAndFlush(aCustomer().build());

        customer.correctEmail(EmailAddress.valueOf("new.address@example.be"));
        customers.saveAndFlush(customer);

        assertThat(customer.getVersion()).isEqualTo(1);
    }

    @Test
    void a_private_customer_needs_both_names_and_cannot_have_a_company() {
        assertThatThrownBy(() -> new CustomerEntity(
                        CustomerNumber.of(9_999_003),
                        CustomerType.PRIVATE,
                        Salutation.MS,
                        PersonName.valueOf("An", " "),
                        EmailAddress.valueOf("an@example.be"),
                        PostalAddress.valueOf("Kerkstraat", "12", null, "1000", "Brussel", "BE"),
                        Language.NL,
                        CustomerStatus.ACTIVE,
                        Customers.CREATED_AT))
                .isInstanceOf(IllegalArgumentException.class);
        CustomerEntity customer = aCustomer().build();
        assertThatThrownBy(() -> customer.correctCompany(CompanyName.valueOf("Peeters BV"), null))
                .isInstanceOf(IllegalStateException.class);
    }
}
