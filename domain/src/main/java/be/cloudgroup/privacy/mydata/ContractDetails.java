package be.cloudgroup.privacy.mydata;

import be.cloudgroup.privacy.contract.ContractStatus;
import java.time.LocalDate;

/** A contract of the customer; {@code phoneNumber} and {@code endDate} may be {@code null}. */
public record ContractDetails(
        String contractNumber,
        String product,
        String phoneNumber,
        LocalDate startDate,
        LocalDate endDate,
        ContractStatus status) {}
