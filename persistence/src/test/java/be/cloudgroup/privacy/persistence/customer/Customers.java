package be.cloudgroup.privacy.persistence.customer;

import be.cloudgroup.privacy.customer.CompanyName;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.customer.CustomerStatus;
import be.cloudgroup.privacy.customer.CustomerType;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.customer.PersonName;
import be.cloudgroup.privacy.customer.PostalAddress;
import be.cloudgroup.privacy.customer.Salutation;
import be.cloudgroup.privacy.shared.Language;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data: customers with valid, distinct defaults, changed only where a test cares. Public
 * because every feature's tests need a customer to hang their rows on.
 */
public final class Customers {

    /** Far above any demo data, so test customers never clash with rows left elsewhere. */
    private static final AtomicInteger SEQUENCE = new AtomicInteger(9_000_000);

    public static final Instant CREATED_AT = Instant.parse("2024-05-02T08:30:15.123456Z");

    private CustomerNumber number;
    private CustomerType type = CustomerType.PRIVATE;
    private Salutation salutation = Salutation.MS;
    private String firstName = "An";
    private String lastName = "Peeters";
    private String companyName;
    private String email;
    private CustomerStatus status = CustomerStatus.ACTIVE;

    private Customers() {
        int sequence = SEQUENCE.incrementAndGet();
        this.number = CustomerNumber.of(sequence);
        this.email = "customer" + sequence + "@example.be";
    }

    /** A private customer, active, Dutch-speaking, living in Brussels. */
    public static Customers aCustomer() {
        return new Customers();
    }

    public Customers number(CustomerNumber number) {
        this.number = number;
        return this;
    }

    public Customers named(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
        return this;
    }

    /** A business customer with this company name and an unnamed contact person. */
    public Customers business(String companyName) {
        this.type = CustomerType.BUSINESS;
        this.salutation = Salutation.NONE;
        this.firstName = null;
        this.lastName = null;
        this.companyName = companyName;
        return this;
    }

    public Customers email(String email) {
        this.email = email;
        return this;
    }

    public Customers status(CustomerStatus status) {
        this.status = status;
        return this;
    }

    /** The customer, not yet saved. */
    public CustomerEntity build() {
        CustomerEntity customer = new CustomerEntity(number, type, salutation, PersonName.valueOf(firstName, lastName),
                EmailAddress.valueOf(email), PostalAddress.valueOf("Kerkstraat", "12", null, "1000", "Brussel", "BE"),
                Language.NL, status, CREATED_AT);
        if (companyName != null) {
            customer.correctCompany(CompanyName.valueOf(companyName), null);
        }
        return customer;
    }
}
