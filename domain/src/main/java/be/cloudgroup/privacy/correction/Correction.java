package be.cloudgroup.privacy.correction;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of applying a correction to the current contact details: the details as they will
 * read once stored ({@code after}, still at the version they were read at; the store assigns the
 * next one) and the audit diff: field → {@code "old" → "new"} for every changed field, in form order.
 */
public record Correction(ContactDetails after, Map<String, String> changes) {

    public Correction {
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    /** The command changes nothing: there is nothing to store and nothing to audit. */
    public boolean changesNothing() {
        return changes.isEmpty();
    }
}
