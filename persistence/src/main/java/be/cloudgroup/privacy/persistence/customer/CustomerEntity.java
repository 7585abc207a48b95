package be.cloudgroup.privacy.persistence.customer;

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
import be.cloudgroup.privacy.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A customer as stored in {@code customer}. Writes go through value objects, so what is stored is
 * valid; getters return the stored strings as they are, so that reading a customer's data (the
 * right of access) never fails on a value that was imported before today's validation rules.
 *
 * <p>The customer number is the public id; the surrogate {@link #getId() id} never leaves the server.
 */
@Entity
@Table(
        name = "customer",
        uniqueConstraints = @UniqueConstraint(name = "uk_customer_customer_number", columnNames = "customer_number"))
public class CustomerEntity {

    static final int LEAD_SOURCE_DETAIL_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "customer_number", length = CustomerNumber.MAX_LENGTH, nullable = false)
    private String customerNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", length = 10, nullable = false)
    private CustomerType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "salutation", length = 5, nullable = false)
    private Salutation salutation;

    @Column(name = "first_name", length = PersonName.FIRST_NAME_MAX_LENGTH)
    private String firstName;

    @Column(name = "last_name", length = PersonName.LAST_NAME_MAX_LENGTH)
    private String lastName;

    @Column(name = "company_name", length = CompanyName.MAX_LENGTH)
    private String companyName;

    @Column(name = "vat_number", length = VatNumber.MAX_LENGTH)
    private String vatNumber;

    @Column(name = "email", length = EmailAddress.MAX_LENGTH, nullable = false)
    private String email;

    @Column(name = "phone", length = PhoneNumber.MAX_LENGTH)
    private String phone;

    @Column(name = "mobile", length = PhoneNumber.MAX_LENGTH)
    private String mobile;

    @Column(name = "street", length = PostalAddress.STREET_MAX_LENGTH, nullable = false)
    private String street;

    @Column(name = "house_number", length = PostalAddress.HOUSE_NUMBER_MAX_LENGTH, nullable = false)
    private String houseNumber;

    @Column(name = "box", length = PostalAddress.BOX_MAX_LENGTH)
    private String box;

    @Column(name = "postal_code", length = PostalAddress.POSTAL_CODE_MAX_LENGTH, nullable = false)
    private String postalCode;

    @Column(name = "city", length = PostalAddress.CITY_MAX_LENGTH, nullable = false)
    private String city;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "country", length = PostalAddress.COUNTRY_MAX_LENGTH, nullable = false)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", length = 2, nullable = false)
    private Language language;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private CustomerStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_source", length = 40)
    private LeadSource leadSource;

    @Column(name = "lead_source_detail", length = LEAD_SOURCE_DETAIL_MAX_LENGTH)
    private String leadSourceDetail;

    @Column(name = "acquired_on")
    private LocalDate acquiredOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private Long version;

    protected CustomerEntity() {
        // for JPA
    }

    /**
     * A new customer with the details every customer has. The name must suit the type
     * ({@link PersonName#requireFor}); a business customer's company is set with
     * {@link #correctCompany(CompanyName, VatNumber)}.
     */
    public CustomerEntity(
            CustomerNumber customerNumber,
            CustomerType type,
            Salutation salutation,
            PersonName name,
            EmailAddress email,
            PostalAddress address,
            Language language,
            CustomerStatus status,
            Instant createdAt) {
        this.customerNumber =
                Objects.requireNonNull(customerNumber, "customerNumber").toString();
        this.type = Objects.requireNonNull(type, "type");
        this.salutation = Objects.requireNonNull(salutation, "salutation");
        this.language = Objects.requireNonNull(language, "language");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        correctName(salutation, name);
        correctEmail(email);
        correctAddress(address);
    }

    /** Corrects how the customer is addressed and named; the name must suit the type ({@link PersonName#requireFor}). */
    public void correctName(Salutation salutation, PersonName name) {
        Objects.requireNonNull(name, "name").requireFor(type);
        this.salutation = Objects.requireNonNull(salutation, "salutation");
        this.firstName = name.first().isEmpty() ? null : name.first();
        this.lastName = name.last().isEmpty() ? null : name.last();
    }

    /** Sets a business customer's company name and, if it has one, VAT number. */
    public void correctCompany(CompanyName companyName, VatNumber vatNumber) {
        if (type != CustomerType.BUSINESS) {
            throw new IllegalStateException("Only a business customer has a company name and VAT number");
        }
        this.companyName = Objects.requireNonNull(companyName, "companyName").toString();
        this.vatNumber = vatNumber == null ? null : vatNumber.toString();
    }

    public void correctEmail(EmailAddress email) {
        this.email = Objects.requireNonNull(email, "email").toString();
    }

    /** Sets the landline; null when the customer has none or withdrew it. */
    public void correctPhone(PhoneNumber phone) {
        this.phone = phone == null ? null : phone.toString();
    }

    /** Only after the customer confirmed the new number with a one-time code. */
    public void correctMobile(PhoneNumber mobile) {
        this.mobile = mobile == null ? null : mobile.toString();
    }

    public void correctAddress(PostalAddress address) {
        Objects.requireNonNull(address, "address");
        this.street = address.street();
        this.houseNumber = address.houseNumber();
        this.box = address.box().orElse(null);
        this.postalCode = address.postalCode();
        this.city = address.city();
        this.country = address.country();
    }

    public void changeLanguage(Language language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    /**
     * Records where the data came from, as the customer is told under Art. 14 GDPR when the data
     * was not collected from them; {@code detail} (e.g. the fair or partner) and {@code acquiredOn}
     * are optional.
     */
    public void recordLeadSource(LeadSource source, String detail, LocalDate acquiredOn) {
        this.leadSource = Objects.requireNonNull(source, "source");
        this.leadSourceDetail = optionalText(detail, LEAD_SOURCE_DETAIL_MAX_LENGTH, "detail");
        this.acquiredOn = acquiredOn;
    }

    private static String optionalText(String text, int maxLength, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
        }
        return stripped;
    }

    /** The surrogate key: internal, never shown or put in a URL. Null until saved. */
    public Long getId() {
        return id;
    }

    /** The public id, e.g. {@code CG00000018}. */
    public String getCustomerNumber() {
        return customerNumber;
    }

    public CustomerType getType() {
        return type;
    }

    public Salutation getSalutation() {
        return salutation;
    }

    public Optional<String> getFirstName() {
        return Optional.ofNullable(firstName);
    }

    public Optional<String> getLastName() {
        return Optional.ofNullable(lastName);
    }

    public Optional<String> getCompanyName() {
        return Optional.ofNullable(companyName);
    }

    public Optional<String> getVatNumber() {
        return Optional.ofNullable(vatNumber);
    }

    public String getEmail() {
        return email;
    }

    public Optional<String> getPhone() {
        return Optional.ofNullable(phone);
    }

    public Optional<String> getMobile() {
        return Optional.ofNullable(mobile);
    }

    public String getStreet() {
        return street;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public Optional<String> getBox() {
        return Optional.ofNullable(box);
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    /** ISO 3166-1 alpha-2, e.g. {@code BE}. */
    public String getCountry() {
        return country;
    }

    public Language getLanguage() {
        return language;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public Optional<LeadSource> getLeadSource() {
        return Optional.ofNullable(leadSource);
    }

    public Optional<String> getLeadSourceDetail() {
        return Optional.ofNullable(leadSourceDetail);
    }

    public Optional<LocalDate> getAcquiredOn() {
        return Optional.ofNullable(acquiredOn);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The optimistic-lock version; null until saved. */
    public Long getVersion() {
        return version;
    }

    /** "First Last" for private customers, the company name (and contact) for businesses. */
    public String displayName() {
        String person = (getFirstName().orElse("") + " " + getLastName().orElse("")).trim();
        if (getType() == CustomerType.BUSINESS && getCompanyName().isPresent()) {
            return person.isEmpty() ? getCompanyName().get() : getCompanyName().get() + " (" + person + ")";
        }
        return person;
    }
}
