package be.cloudgroup.privacy.assist;

import be.cloudgroup.privacy.customer.CustomerNumber;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A staff member's request to assist a customer: with the code the customer read out (the session
 * may act), or with a category, a reason and a ticket (read-only). The length defaults to 15
 * minutes.
 */
public record StartAssistCommand(
        CustomerNumber customer,
        @Nullable String accessCode,
        @Nullable AssistReasonCategory category,
        @Nullable String reason,
        @Nullable String ticket,
        @Nullable Duration length) {

    public StartAssistCommand {
        Objects.requireNonNull(customer, "customer");
        reason = reason == null ? null : reason.strip();
        ticket = ticket == null ? null : ticket.strip();
    }

    public static StartAssistCommand withCode(CustomerNumber customer, String code, @Nullable Duration length) {
        return new StartAssistCommand(customer, code, null, null, null, length);
    }

    public static StartAssistCommand withoutCode(
            CustomerNumber customer,
            @Nullable AssistReasonCategory category,
            @Nullable String reason,
            @Nullable String ticket,
            @Nullable Duration length) {
        return new StartAssistCommand(customer, null, category, reason, ticket, length);
    }

    public boolean hasCode() {
        return accessCode != null && !accessCode.isBlank();
    }
}
