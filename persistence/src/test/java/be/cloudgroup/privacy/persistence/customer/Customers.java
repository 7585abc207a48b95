package be.cloudgroup.privacy.persistence.customer;

import be.cloudgroup.privacy.customer.CompanyName;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.customer.CustomerStatus;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.customer.PersonName;
import be.cloudgroup.privacy.embedded.rows.CustomerRow;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data: customers as entities, with valid, distinct defaults, changed only where a test cares.
 * The values come from a {@link CustomerRow} (the one way tests and the demo build customers);
 * this only turns the row into an unsaved {@link CustomerEntity}. Public because every feature's
 * tests need a customer to hang their rows on.
 */
public final class Customers {

    /** Far above any demo data, so test customers never clash with rows left elsewhere. */
    private static final AtomicInteger SEQUENCE = new AtomicInteger(9_000_000);

    public static final Instant CREATED_AT = CustomerRow.DEFAULT_CREATED_AT;

    private CustomerRow row;

    private Customers() {
        int sequence = SEQUENCE.incrementAndGet();
        this.row = CustomerRow.aPrivateCustomer(
                CustomerNumber.of(sequence),
                PersonName.valueOf("An", "Peeters"),
                EmailAddress.valueOf("customer" + sequence + "@example.be"));
    }

    /** A private customer, active, Dutch-speaking, living in Gent. */
    public static Customers aCustomer() {
        return new Customers();
    }

    public Customers number(CustomerNumber number) {
        row.number(number);
        return this;
    }

    public Customers named(String firstName, String lastName) {
        row.name(PersonName.valueOf(firstName, lastName));
        return this;
    }

    /** A business customer with this company name and an unnamed contact person. */
    public Customers business(String companyName) {
        row = CustomerRow.aBusinessCustomer(row.number(), CompanyName.valueOf(companyName), row.email())
                .status(row.status());
        return this;
    }

    public Customers email(String email) {
        row.email(EmailAddress.valueOf(email));
        return this;
    }

    public Customers status(CustomerStatus status) {
        row.status(status);
        return this;
    }

    /** The customer, not yet saved. */
    public CustomerEntity build() {
        CustomerEntity customer = new CustomerEntity(
                row.number(),
                row.type(),
                row.salutation(),
                row.name(),
                row.email(),
                row.address(),
                row.language(),
                row.status(),
                row.createdAt());
        row.companyName()
                .ifPresent(company ->
                        customer.correctCompany(company, row.vatNumber().orElse(null)));
        row.phone().ifPresent(customer::correctPhone);
        row.mobile().ifPresent(customer::correctMobile);
        return customer;
    }
}
