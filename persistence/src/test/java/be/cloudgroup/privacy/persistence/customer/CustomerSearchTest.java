package be.cloudgroup.privacy.persistence.customer;

import static be.cloudgroup.privacy.persistence.customer.Customers.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.persistence.PersistenceTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class CustomerSearchTest extends PersistenceTest {

    private static final Pageable FIRST_PAGE = PageRequest.of(0, 20);

    @Autowired
    CustomerRepository customers;

    private CustomerEntity vandenberghe;
    private CustomerEntity vandamme;
    private CustomerEntity zorgbedrijf;

    @BeforeEach
    void someCustomers() {
        vandenberghe = customers.save(aCustomer()
                .named("Els", "Vandenberghe-Xq")
                .email("els.v@telenet-xq.be")
                .build());
        vandamme = customers.save(aCustomer()
                .named("Jef", "Vandamme-Xq")
                .email("jef@proximus-xq.be")
                .build());
        zorgbedrijf = customers.save(aCustomer()
                .business("Xq Zorgbedrijf NV")
                .email("info@zorg-xq.be")
                .build());
        customers.flush();
    }

    @Test
    void search_finds_a_customer_by_exact_customer_number_ignoring_case() {
        String number = vandamme.getCustomerNumber();

        assertThat(found(number.toLowerCase())).containsExactly(vandamme);
        assertThat(found("  " + number + " ")).containsExactly(vandamme);
    }

    @Test
    void search_does_not_match_part_of_a_customer_number() {
        String number = vandamme.getCustomerNumber();

        assertThat(found(number.substring(0, 8))).doesNotContain(vandamme);
    }

    @Test
    void search_finds_customers_by_email_prefix() {
        assertThat(found("els.v@tele")).containsExactly(vandenberghe);
        assertThat(found("JEF@")).containsExactly(vandamme);
    }

    @Test
    void search_finds_customers_by_last_name_prefix_ignoring_case() {
        assertThat(found("vandenb")).containsExactly(vandenberghe);
        assertThat(found("VAND")).containsExactly(vandamme, vandenberghe);
    }

    @Test
    void search_finds_business_customers_by_company_name_prefix_ignoring_case() {
        assertThat(found("xq zorg")).containsExactly(zorgbedrijf);
    }

    @Test
    void search_matches_names_by_prefix_only() {
        assertThat(found("damme-Xq")).isEmpty();
        assertThat(found("Zorgbedrijf")).isEmpty();
    }

    @Test
    void search_without_a_match_returns_an_empty_page() {
        Page<CustomerEntity> page = customers.search("Nobody-Xq", FIRST_PAGE);

        assertThat(page.getContent()).isEmpty();
        assertThat(page.getTotalElements()).isZero();
    }

    @Test
    void search_for_a_blank_term_or_a_wildcard_finds_nobody() {
        assertThat(found("  ")).isEmpty();
        assertThat(found("%")).isEmpty();
        assertThat(found("_and%")).isEmpty();
    }

    @Test
    void search_results_are_paged() {
        Page<CustomerEntity> first = customers.search("Vand", PageRequest.of(0, 1));
        Page<CustomerEntity> second = customers.search("Vand", PageRequest.of(1, 1));

        assertThat(first.getTotalElements()).isEqualTo(2);
        assertThat(first.getContent()).containsExactly(vandamme);
        assertThat(second.getContent()).containsExactly(vandenberghe);
    }

    private List<CustomerEntity> found(String term) {
        return customers.search(term, FIRST_PAGE).getContent();
    }
}
