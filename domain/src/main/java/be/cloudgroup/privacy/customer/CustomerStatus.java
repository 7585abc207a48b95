package be.cloudgroup.privacy.customer;

/** Where a person stands in the customer relationship; it decides which purposes apply. */
public enum CustomerStatus {
    /** Known through a lead channel or nurturing campaign, no contract (yet). */
    PROSPECT,
    /** Has at least one running contract. */
    ACTIVE,
    /** All contracts ended; data is kept only as long as a purpose or the law requires. */
    FORMER
}
