package be.cloudgroup.privacy.persistence.invoice;

import be.cloudgroup.privacy.invoice.InvoiceStatus;
import be.cloudgroup.privacy.invoice.PaymentMethod;
import be.cloudgroup.privacy.persistence.contract.ContractEntity;
import be.cloudgroup.privacy.persistence.customer.CustomerEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * An invoice as stored in {@code invoice}. Financial data: never published. The account it was
 * paid from is stored only masked (e.g. {@code BE** **** **** 4417}); a value that shows more
 * than the last four digits is refused, so a full account number can never be stored here.
 */
@Entity
@Table(
        name = "invoice",
        uniqueConstraints = @UniqueConstraint(name = "uk_invoice_invoice_number", columnNames = "invoice_number"))
public class InvoiceEntity {

    /** The currency of an invoice unless stated otherwise (also the column default). */
    public static final String DEFAULT_CURRENCY = "EUR";

    static final int INVOICE_NUMBER_MAX_LENGTH = 20;
    static final int MASKED_ACCOUNT_MAX_LENGTH = 34;

    /** At least one mask character and no run of more than four digits. */
    private static final Pattern MASKED = Pattern.compile("(?=.*\\*)(?!.*[0-9]{5})[A-Z0-9* ]+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, foreignKey = @ForeignKey(name = "fk_invoice_customer"))
    private CustomerEntity customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id", foreignKey = @ForeignKey(name = "fk_invoice_contract"))
    private @Nullable ContractEntity contract;

    @Column(name = "invoice_number", length = INVOICE_NUMBER_MAX_LENGTH, nullable = false, updatable = false)
    private String invoiceNumber;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "amount_cents", nullable = false)
    private long amountCents;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", length = 3, nullable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 12, nullable = false)
    private InvoiceStatus status;

    @Column(name = "paid_on")
    private @Nullable LocalDate paidOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", length = 20)
    private @Nullable PaymentMethod paymentMethod;

    @Column(name = "masked_account", length = MASKED_ACCOUNT_MAX_LENGTH)
    private @Nullable String maskedAccount;

    protected InvoiceEntity() {
        // for JPA
    }

    /** A new, open invoice in euro; {@code contract} is null for an invoice not tied to one contract. */
    public InvoiceEntity(
            CustomerEntity customer,
            ContractEntity contract,
            String invoiceNumber,
            LocalDate issueDate,
            LocalDate dueDate,
            long amountCents) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.contract = contract;
        if (invoiceNumber == null
                || invoiceNumber.isBlank()
                || invoiceNumber.strip().length() > INVOICE_NUMBER_MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "An invoice number is required, of at most " + INVOICE_NUMBER_MAX_LENGTH + " characters");
        }
        this.invoiceNumber = invoiceNumber.strip();
        this.issueDate = Objects.requireNonNull(issueDate, "issueDate");
        this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
        if (dueDate.isBefore(issueDate)) {
            throw new IllegalArgumentException("An invoice cannot be due before it is issued");
        }
        this.amountCents = amountCents;
        this.currency = DEFAULT_CURRENCY;
        this.status = InvoiceStatus.OPEN;
    }

    /**
     * Records the payment. {@code maskedAccount} is optional and must already be masked: at least
     * one {@code *} and no more than four digits in a row.
     */
    public void markPaid(LocalDate paidOn, PaymentMethod method, String maskedAccount) {
        if (maskedAccount != null
                && (maskedAccount.length() > MASKED_ACCOUNT_MAX_LENGTH
                        || !MASKED.matcher(maskedAccount).matches())) {
            throw new IllegalArgumentException("Only a masked account number may be stored");
        }
        this.paidOn = Objects.requireNonNull(paidOn, "paidOn");
        this.paymentMethod = Objects.requireNonNull(method, "method");
        this.maskedAccount = maskedAccount;
        this.status = InvoiceStatus.PAID;
    }

    public Long getId() {
        return id;
    }

    /** The customer; a lazy reference, only its id is available without a query. */
    public CustomerEntity getCustomer() {
        return customer;
    }

    /** The contract invoiced, if any; a lazy reference. */
    public Optional<ContractEntity> getContract() {
        return Optional.ofNullable(contract);
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    /** The amount in cents of {@link #getCurrency() the currency}. */
    public long getAmountCents() {
        return amountCents;
    }

    /** ISO 4217, e.g. {@code EUR}. */
    public String getCurrency() {
        return currency;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public Optional<LocalDate> getPaidOn() {
        return Optional.ofNullable(paidOn);
    }

    public Optional<PaymentMethod> getPaymentMethod() {
        return Optional.ofNullable(paymentMethod);
    }

    /** The account paid from, masked as stored, e.g. {@code BE** **** **** 4417}. */
    public Optional<String> getMaskedAccount() {
        return Optional.ofNullable(maskedAccount);
    }
}
