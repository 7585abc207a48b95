package be.cloudgroup.privacy.customer;

/** One hit of the support search: just enough to recognise the customer, nothing more. */
public record CustomerMatch(
        String customerNumber, String displayName, CustomerType type, String city, CustomerStatus status) {}
