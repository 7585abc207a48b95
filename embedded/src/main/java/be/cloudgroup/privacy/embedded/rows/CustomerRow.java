package be.cloudgroup.privacy.embedded.rows;

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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of the {@code customer} table for tests, the demo and the benchmark (customers come from
 * the CRM in real life, so the portal itself never creates one). Every value is a domain value
 * object, so a row holds what the portal would accept; {@link #columns()} is the one place that
 * knows the table's columns, and {@link #insert}/{@link #insertAll} write them with plain JDBC.
 *
 * <p>Defaults, changed only where a caller cares: salutation MS (NONE for a business), an address
 * in Gent, Dutch, active, no VAT number, phone, mobile or lead source, created at
 * {@link #DEFAULT_CREATED_AT}, version 0, an id from the database. A row is a mutable builder.
 */
public final class CustomerRow {

    public static final Instant DEFAULT_CREATED_AT = Instant.parse("2024-05-02T08:30:15.123456Z");

    private Long id;
    private CustomerNumber number;
    private final CustomerType type;
    private Salutation salutation;
    private PersonName name;
    private CompanyName companyName;
    private VatNumber vatNumber;
    private EmailAddress email;
    private PhoneNumber phone;
    private PhoneNumber mobile;
    private PostalAddress address = PostalAddress.valueOf("Korenmarkt", "1", null, "9000", "Gent", "BE");
    private Language language = Language.NL;
    private CustomerStatus status = CustomerStatus.ACTIVE;
    private LeadSource leadSource;
    private String leadSourceDetail;
    private LocalDate acquiredOn;
    /** UTC, as the portal stores moments. */
    private LocalDateTime createdAt = LocalDateTime.ofInstant(DEFAULT_CREATED_AT, ZoneOffset.UTC);

    private CustomerRow(
            CustomerNumber number,
            CustomerType type,
            Salutation salutation,
            PersonName name,
            CompanyName companyName,
            EmailAddress email) {
        this.number = Objects.requireNonNull(number, "number");
        this.type = type;
        this.salutation = salutation;
        this.name = name.requireFor(type);
        this.companyName = companyName;
        this.email = Objects.requireNonNull(email, "email");
    }

    /** A private customer: both names are required ({@link PersonName#requireFor}). */
    public static CustomerRow aPrivateCustomer(CustomerNumber number, PersonName name, EmailAddress email) {
        return new CustomerRow(number, CustomerType.PRIVATE, Salutation.MS, name, null, email);
    }

    /** A business customer with this company name, no VAT number and an unnamed contact person. */
    public static CustomerRow aBusinessCustomer(CustomerNumber number, CompanyName companyName, EmailAddress email) {
        return new CustomerRow(
                number,
                CustomerType.BUSINESS,
                Salutation.NONE,
                PersonName.NONE,
                Objects.requireNonNull(companyName, "companyName"),
                email);
    }

    /** A fixed id instead of one from the database (the demo assigns its own ids). */
    public CustomerRow id(long id) {
        this.id = id;
        return this;
    }

    public CustomerRow number(CustomerNumber number) {
        this.number = Objects.requireNonNull(number, "number");
        return this;
    }

    public CustomerRow salutation(Salutation salutation) {
        this.salutation = Objects.requireNonNull(salutation, "salutation");
        return this;
    }

    /** The customer's name, or a business customer's contact person's. */
    public CustomerRow name(PersonName name) {
        this.name = Objects.requireNonNull(name, "name").requireFor(type);
        return this;
    }

    /** A business customer's VAT number; null for none. */
    public CustomerRow vatNumber(VatNumber vatNumber) {
        if (type != CustomerType.BUSINESS && vatNumber != null) {
            throw new IllegalStateException("Only a business customer has a VAT number");
        }
        this.vatNumber = vatNumber;
        return this;
    }

    public CustomerRow email(EmailAddress email) {
        this.email = Objects.requireNonNull(email, "email");
        return this;
    }

    /** The landline; null for none. */
    public CustomerRow phone(PhoneNumber phone) {
        this.phone = phone;
        return this;
    }

    /** The mobile; null for none. */
    public CustomerRow mobile(PhoneNumber mobile) {
        this.mobile = mobile;
        return this;
    }

    public CustomerRow address(PostalAddress address) {
        this.address = Objects.requireNonNull(address, "address");
        return this;
    }

    public CustomerRow language(Language language) {
        this.language = Objects.requireNonNull(language, "language");
        return this;
    }

    public CustomerRow status(CustomerStatus status) {
        this.status = Objects.requireNonNull(status, "status");
        return this;
    }

    /** Where the data came from (Art. 14 GDPR); the detail (e.g. the fair or partner) is optional. */
    public CustomerRow leadSource(LeadSource source, String detail) {
        this.leadSource = Objects.requireNonNull(source, "source");
        this.leadSourceDetail = detail;
        return this;
    }

    /** The day the customer was acquired; also known for legacy customers without a lead source. */
    public CustomerRow acquiredOn(LocalDate acquiredOn) {
        this.acquiredOn = acquiredOn;
        return this;
    }

    public CustomerRow createdAt(Instant createdAt) {
        return createdAt(LocalDateTime.ofInstant(createdAt, ZoneOffset.UTC));
    }

    /** The creation moment as a UTC wall-clock time. */
    public CustomerRow createdAt(LocalDateTime createdAtUtc) {
        this.createdAt = Objects.requireNonNull(createdAtUtc, "createdAt");
        return this;
    }

    public CustomerNumber number() {
        return number;
    }

    public CustomerType type() {
        return type;
    }

    public Salutation salutation() {
        return salutation;
    }

    public PersonName name() {
        return name;
    }

    public Optional<CompanyName> companyName() {
        return Optional.ofNullable(companyName);
    }

    public Optional<VatNumber> vatNumber() {
        return Optional.ofNullable(vatNumber);
    }

    public EmailAddress email() {
        return email;
    }

    public Optional<PhoneNumber> phone() {
        return Optional.ofNullable(phone);
    }

    public Optional<PhoneNumber> mobile() {
        return Optional.ofNullable(mobile);
    }

    public PostalAddress address() {
        return address;
    }

    public Language language() {
        return language;
    }

    public CustomerStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    /**
     * Column → JDBC value, in the table's order; absent values are null (the portal stores an
     * absent name or box as NULL), enums by name, value objects in their canonical form. The id is
     * only there when it was set.
     */
    public Map<String, Object> columns() {
        Map<String, Object> columns = new LinkedHashMap<>();
        if (id != null) {
            columns.put("id", id);
        }
        columns.put("customer_number", number.toString());
        columns.put("type", type.name());
        columns.put("salutation", salutation.name());
        columns.put("first_name", emptyIsNull(name.first()));
        columns.put("last_name", emptyIsNull(name.last()));
        columns.put("company_name", text(companyName));
        columns.put("vat_number", text(vatNumber));
        columns.put("email", email.toString());
        columns.put("phone", text(phone));
        columns.put("mobile", text(mobile));
        columns.put("street", address.street());
        columns.put("house_number", address.houseNumber());
        columns.put("box", address.box().orElse(null));
        columns.put("postal_code", address.postalCode());
        columns.put("city", address.city());
        columns.put("country", address.country());
        columns.put("language", language.name());
        columns.put("status", status.name());
        columns.put("lead_source", leadSource == null ? null : leadSource.name());
        columns.put("lead_source_detail", leadSourceDetail);
        columns.put("acquired_on", acquiredOn);
        columns.put("created_at", createdAt);
        columns.put("version", 0L);
        return columns;
    }

    /** Inserts this row; returns its id (the one set, or the one the database gave). */
    public long insert(Connection connection) throws SQLException {
        Map<String, Object> columns = columns();
        try (PreparedStatement insert =
                connection.prepareStatement(insertSql(columns.keySet()), Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, columns.values());
            insert.executeUpdate();
            if (id != null) {
                return id;
            }
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Inserts many rows in JDBC batches of {@code batchSize}; every row must have its id set, or
     * none. Returns the number of rows inserted.
     */
    public static int insertAll(Connection connection, List<CustomerRow> rows, int batchSize) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        String sql = insertSql(rows.get(0).columns().keySet());
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (CustomerRow row : rows) {
                Map<String, Object> columns = row.columns();
                if (!sql.equals(insertSql(columns.keySet()))) {
                    throw new IllegalArgumentException("Either every row has its id set, or none");
                }
                bind(insert, columns.values());
                insert.addBatch();
                if (++pending == batchSize) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        return rows.size();
    }

    private static String insertSql(Collection<String> columns) {
        return "INSERT INTO customer (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }

    private static void bind(PreparedStatement statement, Collection<Object> values) throws SQLException {
        List<Object> list = new ArrayList<>(values);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, list.get(i));
            }
        }
    }

    private static String text(Object valueObject) {
        return valueObject == null ? null : valueObject.toString();
    }

    private static String emptyIsNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
