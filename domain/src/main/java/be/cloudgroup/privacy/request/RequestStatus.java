package be.cloudgroup.privacy.request;

import java.util.Set;

/**
 * Where a request stands. Received → in progress → waiting for the customer → one of the final
 * states; {@link RequestRules} decides which step is allowed.
 */
public enum RequestStatus {
    RECEIVED,
    IN_PROGRESS,
    WAITING_FOR_CUSTOMER,
    COMPLETED,
    PARTIALLY_COMPLETED,
    REFUSED,
    WITHDRAWN;

    /** The states a request ends in; nothing happens to it afterwards. */
    public static final Set<RequestStatus> FINAL = Set.of(COMPLETED, PARTIALLY_COMPLETED, REFUSED, WITHDRAWN);

    /** The states a handler reaches by closing with an outcome (not withdrawn: only the customer withdraws). */
    public static final Set<RequestStatus> OUTCOMES = Set.of(COMPLETED, PARTIALLY_COMPLETED, REFUSED);

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    /** Whether the request still waits for an answer, so its clock runs. */
    public boolean isOpen() {
        return !isFinal();
    }
}
