package be.cloudgroup.privacy.request;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What may happen to a request. A closed request (completed, partially completed, refused,
 * withdrawn) takes nothing more. Only the customer withdraws; only a handler changes the status,
 * extends or closes. One extension, by one or two months, with a reason, decided before the first
 * month ends (the customer must be told within the first month, Art. 12(3)). A refusal names its
 * ground and explains it; every outcome is explained to the customer.
 */
public final class RequestRules {

    /** The longest message, reason or outcome text. */
    public static final int MAX_TEXT = 4_000;

    private RequestRules() {}

    public static void checkOpen(RequestHistory history) {
        if (history.status().isFinal()) {
            throw new RequestRefusedException("request.refused.closed", "The request is closed: " + history.status());
        }
    }

    public static void checkStatusChange(RequestHistory history, RequestStatus target) {
        checkOpen(history);
        if (target.isFinal()) {
            throw new RequestRefusedException(
                    "request.refused.close-with-outcome",
                    "A request is closed with an outcome or withdrawn by the customer, not by a status change");
        }
        if (target == history.status()) {
            throw new RequestRefusedException("request.refused.same-status", "The request already is " + target);
        }
    }

    public static void checkExtension(RequestHistory history, int months, @Nullable String reason, Instant now) {
        checkOpen(history);
        if (history.extended()) {
            throw new RequestRefusedException("request.refused.extended-once", "A request is extended only once");
        }
        if (months < 1 || months > RequestClock.MAX_EXTENSION_MONTHS) {
            throw new RequestRefusedException(
                    "request.refused.extension-months",
                    "An extension is one or two further months, not " + months,
                    RequestClock.MAX_EXTENSION_MONTHS);
        }
        text(reason, "request.refused.extension-reason", "An extension needs a reason the customer is told");
        if (RequestClock.today(now).isAfter(history.originalDueOn())) {
            throw new RequestRefusedException(
                    "request.refused.extension-late", "An extension must be decided and told within the first month");
        }
    }

    public static void checkClose(
            RequestHistory history,
            RequestStatus outcome,
            @Nullable RefusalGround ground,
            @Nullable String explanation) {
        checkOpen(history);
        if (!RequestStatus.OUTCOMES.contains(outcome)) {
            throw new IllegalArgumentException("Not an outcome: " + outcome);
        }
        if (outcome == RequestStatus.REFUSED && ground == null) {
            throw new RequestRefusedException("request.refused.refusal-ground", "A refusal names its ground");
        }
        if (outcome != RequestStatus.REFUSED && ground != null) {
            throw new IllegalArgumentException("Only a refusal has a ground");
        }
        text(
                explanation,
                outcome == RequestStatus.REFUSED ? "request.refused.refusal-reason" : "request.refused.outcome-text",
                "The customer is told the outcome in words");
    }

    public static void checkWithdrawal(RequestHistory history) {
        if (history.status().isFinal()) {
            throw new RequestRefusedException(
                    "request.refused.withdraw-closed", "A closed request cannot be withdrawn: " + history.status());
        }
    }

    public static void checkMessage(RequestHistory history, @Nullable String text) {
        checkOpen(history);
        text(text, "request.refused.message-empty", "A message needs text");
    }

    /** A required text, trimmed, at most {@link #MAX_TEXT} characters. */
    public static String text(@Nullable String text, String emptyKey, String englishMessage) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new RequestRefusedException(emptyKey, englishMessage);
        }
        if (trimmed.length() > MAX_TEXT) {
            throw new RequestRefusedException(
                    "request.refused.too-long", "At most " + MAX_TEXT + " characters", MAX_TEXT);
        }
        return trimmed;
    }
}
