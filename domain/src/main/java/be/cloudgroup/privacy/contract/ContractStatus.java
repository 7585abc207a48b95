package be.cloudgroup.privacy.contract;

/** Where a contract stands: running, temporarily suspended (e.g. unpaid invoices) or ended. */
public enum ContractStatus {
    ACTIVE,
    SUSPENDED,
    ENDED
}
