package be.cloudgroup.privacy.request;

import be.cloudgroup.privacy.register.DataCategory;

/**
 * One table of what the portal holds about a customer, with its row count, as the erasure plan
 * sees it.
 *
 * @param nature how erasure treats the table beyond what the register decides
 */
public record Holding(String table, DataCategory category, Nature nature, long rows) {

    /** How a table is treated on erasure. */
    public enum Nature {
        /** The register decides: kept while a purpose on a legal obligation uses its category, else deleted. */
        REGISTER,
        /** Never kept: pending one-time codes and the like. */
        TRANSIENT,
        /** The portal account and its sign-in roles: erasing the whole account ends it. */
        ACCOUNT,
        /** The audit trail: kept (accountability, Art. 5(2)), the customer's name in it replaced by a pseudonym. */
        TRAIL,
        /** The customer's own privacy requests: kept as the record of how they were answered (Art. 5(2), 12). */
        REQUESTS
    }
}
