package be.cloudgroup.privacy.preferences;

/** What recording a decision did. */
public enum DecisionOutcome {
    /** A new entry was appended to the ledger (and audited). */
    RECORDED,
    /** Nothing was appended: the decision is already in effect, or this request was recorded before. */
    ALREADY_IN_EFFECT
}
