package be.cloudgroup.privacy.persistence.contract;

import be.cloudgroup.privacy.contract.ContractStatus;
import be.cloudgroup.privacy.customer.PhoneNumber;
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
import org.jspecify.annotations.Nullable;

/** A customer's contract as stored in {@code contract}: a product, possibly a phone line, and its state. */
@Entity
@Table(
        name = "contract",
        uniqueConstraints = @UniqueConstraint(name = "uk_contract_contract_number", columnNames = "contract_number"))
public class ContractEntity {

    static final int CONTRACT_NUMBER_MAX_LENGTH = 20;
    static final int PRODUCT_MAX_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, foreignKey = @ForeignKey(name = "fk_contract_customer"))
    private CustomerEntity customer;

    @Column(name = "contract_number", length = CONTRACT_NUMBER_MAX_LENGTH, nullable = false, updatable = false)
    private String contractNumber;

    @Column(name = "product", length = PRODUCT_MAX_LENGTH, nullable = false)
    private String product;

    @Column(name = "phone_number", length = PhoneNumber.MAX_LENGTH)
    private @Nullable String phoneNumber;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private @Nullable LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 12, nullable = false)
    private ContractStatus status;

    protected ContractEntity() {
        // for JPA
    }

    /** A new, active contract; {@code phoneNumber} is null for a product without a line. */
    public ContractEntity(
            CustomerEntity customer,
            String contractNumber,
            String product,
            PhoneNumber phoneNumber,
            LocalDate startDate) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.contractNumber = requireText(contractNumber, CONTRACT_NUMBER_MAX_LENGTH, "contractNumber");
        this.product = requireText(product, PRODUCT_MAX_LENGTH, "product");
        this.phoneNumber = phoneNumber == null ? null : phoneNumber.toString();
        this.startDate = Objects.requireNonNull(startDate, "startDate");
        this.status = ContractStatus.ACTIVE;
    }

    /** Ends the contract on the given day, which cannot lie before its start. */
    public void end(LocalDate on) {
        if (on.isBefore(startDate)) {
            throw new IllegalArgumentException("A contract cannot end before it starts");
        }
        this.endDate = on;
        this.status = ContractStatus.ENDED;
    }

    private static String requireText(String text, int maxLength, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
        }
        return stripped;
    }

    public Long getId() {
        return id;
    }

    /** The customer; a lazy reference, only its id is available without a query. */
    public CustomerEntity getCustomer() {
        return customer;
    }

    public String getContractNumber() {
        return contractNumber;
    }

    public String getProduct() {
        return product;
    }

    public Optional<String> getPhoneNumber() {
        return Optional.ofNullable(phoneNumber);
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public Optional<LocalDate> getEndDate() {
        return Optional.ofNullable(endDate);
    }

    public ContractStatus getStatus() {
        return status;
    }
}
