package be.cloudgroup.privacy.persistence.invoice;

import static be.cloudgroup.privacy.persistence.customer.Customers.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.invoice.InvoiceStatus;
import be.cloudgroup.privacy.invoice.PaymentMethod;
import be.cloudgroup.privacy.persistence.PersistenceTest;
import be.cloudgroup.privacy.persistence.contract.ContractEntity;
import be.cloudgroup.privacy.persistence.contract.ContractRepository;
import be.cloudgroup.privacy.persistence.customer.CustomerEntity;
import be.cloudgroup.privacy.persistence.customer.CustomerRepository;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class InvoiceRepositoryTest extends PersistenceTest {

    private static final AtomicInteger NUMBER = new AtomicInteger();

    @Autowired
    InvoiceRepository invoices;

    @Autowired
    CustomerRepository customers;

    @Autowired
    ContractRepository contracts;

    @Autowired
    EntityManager entityManager;

    @Test
    void invoices_are_paged_newest_first() {
        CustomerEntity customer = customers.save(aCustomer().build());
        CustomerEntity someoneElse = customers.save(aCustomer().build());
        InvoiceEntity march = invoices.save(invoice(customer, LocalDate.of(2025, 3, 1)));
        InvoiceEntity january = invoices.save(invoice(customer, LocalDate.of(2025, 1, 1)));
        InvoiceEntity may = invoices.save(invoice(customer, LocalDate.of(2025, 5, 1)));
        InvoiceEntity february = invoices.save(invoice(customer, LocalDate.of(2025, 2, 1)));
        InvoiceEntity april = invoices.save(invoice(customer, LocalDate.of(2025, 4, 1)));
        invoices.save(invoice(someoneElse, LocalDate.of(2025, 6, 1)));
        invoices.flush();

        Page<InvoiceEntity> first =
                invoices.findByCustomerIdOrderByIssueDateDescIdDesc(customer.getId(), PageRequest.of(0, 2));
        Page<InvoiceEntity> second =
                invoices.findByCustomerIdOrderByIssueDateDescIdDesc(customer.getId(), PageRequest.of(1, 2));
        Page<InvoiceEntity> last =
                invoices.findByCustomerIdOrderByIssueDateDescIdDesc(customer.getId(), PageRequest.of(2, 2));

        assertThat(first.getContent()).containsExactly(may, april);
        assertThat(second.getContent()).containsExactly(march, february);
        assertThat(last.getContent()).containsExactly(january);
        assertThat(first.getTotalElements()).isEqualTo(5);
        assertThat(first.getTotalPages()).isEqualTo(3);
    }

    @Test
    void invoices_of_the_same_day_are_paged_newest_id_first() {
        CustomerEntity customer = customers.save(aCustomer().build());
        LocalDate day = LocalDate.of(2025, 3, 1);
        InvoiceEntity earlier = invoices.save(invoice(customer, day));
        InvoiceEntity later = invoices.save(invoice(customer, day));

        assertThat(invoices.findByCustomerIdOrderByIssueDateDescIdDesc(customer.getId(), PageRequest.of(0, 10)))
                .containsExactly(later, earlier);
    }

    @Test
    void invoices_are_counted_per_customer() {
        CustomerEntity customer = customers.save(aCustomer().build());
        CustomerEntity someoneElse = customers.save(aCustomer().build());
        invoices.save(invoice(customer, LocalDate.of(2025, 1, 1)));
        invoices.save(invoice(customer, LocalDate.of(2025, 2, 1)));
        invoices.save(invoice(someoneElse, LocalDate.of(2025, 2, 1)));

        assertThat(invoices.countByCustomerId(customer.getId())).isEqualTo(2);
        assertThat(invoices.countByCustomerId(
                        customers.save(aCustomer().build()).getId()))
                .isZero();
    }

    @Test
    void the_latest_invoice_date_is_that_of_the_newest_invoice() {
        CustomerEntity customer = customers.save(aCustomer().build());
        CustomerEntity someoneElse = customers.save(aCustomer().build());
        invoices.save(invoice(customer, LocalDate.of(2025, 4, 1)));
        invoices.save(invoice(customer, LocalDate.of(2025, 2, 1)));
        invoices.save(invoice(someoneElse, LocalDate.of(2025, 6, 1)));

        assertThat(invoices.findLatestIssueDateByCustomerId(customer.getId())).contains(LocalDate.of(2025, 4, 1));
    }

    @Test
    void a_customer_without_invoices_has_no_latest_invoice_date() {
        CustomerEntity customer = customers.save(aCustomer().build());

        assertThat(invoices.findLatestIssueDateByCustomerId(customer.getId())).isEmpty();
    }

    @Test
    void a_paid_invoice_is_read_back_with_its_contract_and_masked_account() {
        CustomerEntity customer = customers.save(aCustomer().build());
        ContractEntity contract = contracts.save(
                new ContractEntity(customer, "CT-INV-1", "Internet Basic", null, LocalDate.of(2024, 1, 1)));
        InvoiceEntity invoice = new InvoiceEntity(
                customer, contract, "INV-PAID-1", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), 4_599);
        invoice.markPaid(LocalDate.of(2025, 1, 20), PaymentMethod.DIRECT_DEBIT, "BE** **** **** 4417");
        invoices.saveAndFlush(invoice);
        entityManager.clear();

        InvoiceEntity read = invoices.findById(invoice.getId()).orElseThrow();

        assertThat(read.getInvoiceNumber()).isEqualTo("INV-PAID-1");
        assertThat(read.getCustomer().getId()).isEqualTo(customer.getId());
        assertThat(read.getContract()).get().extracting(ContractEntity::getId).isEqualTo(contract.getId());
        assertThat(read.getIssueDate()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(read.getDueDate()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(read.getAmountCents()).isEqualTo(4_599);
        assertThat(read.getCurrency()).isEqualTo("EUR");
        assertThat(read.getStatus()).isEqualTo(InvoiceStatus.PAID);
        assertThat(read.getPaidOn()).contains(LocalDate.of(2025, 1, 20));
        assertThat(read.getPaymentMethod()).contains(PaymentMethod.DIRECT_DEBIT);
        assertThat(read.getMaskedAccount()).contains("BE** **** **** 4417");
    }

    @Test
    void an_unmasked_account_number_is_refused() {
        CustomerEntity customer = aCustomer().build();
        InvoiceEntity invoice = invoice(customer, LocalDate.of(2025, 1, 1));

        assertThatThrownBy(
                        () -> invoice.markPaid(LocalDate.of(2025, 1, 2), PaymentMethod.TRANSFER, "BE68 5390 0754 7034"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> invoice.markPaid(LocalDate.of(2025, 1, 2), PaymentMethod.TRANSFER, "BE68*539007547034"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static InvoiceEntity invoice(CustomerEntity customer, LocalDate issued) {
        return new InvoiceEntity(
                customer, null, "INV-T-" + NUMBER.incrementAndGet(), issued, issued.plusDays(30), 2_500);
    }
}
