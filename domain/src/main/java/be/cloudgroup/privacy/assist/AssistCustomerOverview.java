package be.cloudgroup.privacy.assist;

import be.cloudgroup.privacy.customer.CustomerStatus;
import be.cloudgroup.privacy.customer.CustomerType;

/** The staff overview of a customer before a session: enough to recognise them, nothing else. */
public record AssistCustomerOverview(
        String customerNumber,
        String displayName,
        CustomerType type,
        String city,
        CustomerStatus status,
        long openRequests) {}
