package be.cloudgroup.privacy.assist;

/** Why a staff member opens a session without the customer's code; the written reason says more. */
public enum AssistReasonCategory {
    CUSTOMER_REQUEST,
    COMPLAINT,
    DATA_SUBJECT_REQUEST,
    TECHNICAL_PROBLEM,
    SECURITY_INCIDENT
}
