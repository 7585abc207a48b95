package be.cloudgroup.privacy.register;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One purpose of the register of processing as a customer reads it, in one language.
 *
 * <p>Invariants, checked on construction:
 * <ul>
 *   <li>{@code code} is not blank, {@code position} is at least 1, {@code legalBasis} is set;</li>
 *   <li>{@code directMarketing} means the objection is absolute and immediate (Art. 21(3)); it is
 *       only possible on {@link LegalBasis#LEGITIMATE_INTEREST}. A purpose on
 *       {@link LegalBasis#CONSENT} is never direct-marketing-objectable: the customer stops it by
 *       withdrawing consent, which is just as absolute;</li>
 *   <li>{@code retentionMonths}, when known, is not negative; {@code retention} always says in words
 *       how long the data is kept and what happens next;</li>
 *   <li>name, description, retention and source are never blank; every purpose uses at least one
 *       data category; categories and recipients are unmodifiable copies.</li>
 * </ul>
 *
 * @param code            stable identifier, e.g. {@code INVOICING}; never shown to the customer
 * @param position        order in section 4.2 of the privacy statement, from 1
 * @param legalBasis      the basis that decides the customer's {@link #control()}
 * @param directMarketing whether the purpose is direct marketing on legitimate interest
 * @param retentionMonths how long the data is kept, in months, after the event named in
 *                        {@code retention}; {@code null} when it cannot be expressed in months
 * @param name            short name in the requested language (English as a fallback)
 * @param description     what is done and why, in the requested language (English as a fallback)
 * @param retention       the retention rule in words
 * @param source          where the data comes from (Art. 13/14)
 * @param categories      the data categories the purpose uses
 * @param recipients      the recipients (processors) involved, in name order
 */
public record PurposeDetails(
        String code,
        int position,
        LegalBasis legalBasis,
        boolean directMarketing,
        @Nullable Integer retentionMonths,
        String name,
        String description,
        String retention,
        String source,
        Set<DataCategory> categories,
        List<RecipientDetails> recipients) {

    public PurposeDetails {
        requireText(code, "code");
        if (position < 1) {
            throw new IllegalArgumentException("position must be at least 1: " + position);
        }
        Objects.requireNonNull(legalBasis, "legalBasis");
        if (directMarketing && legalBasis != LegalBasis.LEGITIMATE_INTEREST) {
            throw new IllegalArgumentException(
                    "direct marketing objection applies only to legitimate interest, not " + legalBasis + ": " + code);
        }
        if (retentionMonths != null && retentionMonths < 0) {
            throw new IllegalArgumentException("retentionMonths must not be negative: " + retentionMonths);
        }
        requireText(name, "name");
        requireText(description, "description");
        requireText(retention, "retention");
        requireText(source, "source");
        Objects.requireNonNull(categories, "categories");
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("a purpose uses at least one data category: " + code);
        }
        categories = Set.copyOf(categories);
        recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
    }

    /** What the customer can do about this purpose; it follows from the legal basis. */
    public CustomerControl control() {
        return legalBasis.control();
    }

    /**
     * Whether an objection stops this purpose at once and without weighing interests (Art. 21(3)):
     * true exactly for direct marketing on legitimate interest.
     */
    public boolean objectionIsAbsolute() {
        return directMarketing;
    }

    /** Whether this purpose processes data of the given category. */
    public boolean uses(DataCategory category) {
        return categories.contains(category);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
