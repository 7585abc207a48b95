package be.cloudgroup.privacy.request;

import be.cloudgroup.privacy.shared.InvalidValueException;

/**
 * A step the request's rules do not allow (a second extension, a refusal without a reason,
 * withdrawing a completed request, …). Nothing is recorded.
 */
public class RequestRefusedException extends InvalidValueException {

    public RequestRefusedException(String messageKey, String englishMessage, Object... arguments) {
        super(messageKey, englishMessage, arguments);
    }
}
