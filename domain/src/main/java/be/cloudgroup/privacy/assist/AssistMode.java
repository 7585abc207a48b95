package be.cloudgroup.privacy.assist;

/** What an assist session may do: only look, or also act on the customer's behalf. */
public enum AssistMode {
    /** Opened without the customer's code (a reason and a ticket instead): it may look, not change. */
    READ_ONLY,
    /** Opened with the code the customer read out: it may make the changes {@link AssistRules} allows. */
    MAY_ACT
}
