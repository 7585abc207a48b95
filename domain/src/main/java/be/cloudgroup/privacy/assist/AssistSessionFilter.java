package be.cloudgroup.privacy.assist;

import org.jspecify.annotations.Nullable;

/**
 * The admin's filter of the session list.
 *
 * @param staff     part of the staff member's name (case-insensitive), or {@code null}
 * @param customer  the customer's number or part of their name, or {@code null}
 * @param openOnly  only sessions without an end
 */
public record AssistSessionFilter(
        @Nullable String staff, @Nullable String customer, boolean openOnly) {

    public static final AssistSessionFilter ALL = new AssistSessionFilter(null, null, false);

    public AssistSessionFilter {
        staff = staff == null || staff.isBlank() ? null : staff.strip();
        customer = customer == null || customer.isBlank() ? null : customer.strip();
    }
}
