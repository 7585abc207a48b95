package be.cloudgroup.privacy.request;

import be.cloudgroup.privacy.shared.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A request's public id, {@code PR-<year of receipt>-<number>}, e.g. {@code PR-2026-000123}: the
 * number is at least six digits. Shown to the customer, in e-mails and in URLs; it names a request
 * but grants nothing (every read checks ownership or a staff role).
 */
public final class RequestReference {

    public static final int MAX_LENGTH = 20;
    private static final Pattern FORMAT = Pattern.compile("PR-(\\d{4})-(\\d{6,12})");

    private final String value;

    private RequestReference(String value) {
        this.value = value;
    }

    public static RequestReference of(int year, long number) {
        if (year < 1000 || year > 9999 || number < 1) {
            throw new IllegalArgumentException("year " + year + " or number " + number + " out of range");
        }
        return new RequestReference("PR-%d-%06d".formatted(year, number));
    }

    public static RequestReference valueOf(String text) {
        String trimmed = text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT);
        if (!isValid(trimmed)) {
            throw new InvalidValueException("request.validation.reference", "Not a request reference");
        }
        return new RequestReference(trimmed);
    }

    public static boolean isValid(String text) {
        return text != null
                && text.length() <= MAX_LENGTH
                && FORMAT.matcher(text).matches();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestReference that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
