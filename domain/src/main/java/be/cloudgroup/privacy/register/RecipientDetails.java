package be.cloudgroup.privacy.register;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A recipient of personal data (Art. 13(1)(e), Art. 30(1)(d)): in practice a processor, a software
 * tool or web-based platform, bound by a processing agreement (Art. 28, section 4.3 of the statement).
 *
 * @param name              the recipient's name, never blank
 * @param service           what it does for Cloud Group, never blank
 * @param country           ISO 3166-1 alpha-2 code of the country where the data is processed
 * @param agreementSignedOn when the processing agreement was signed; {@code null} while none is on file
 */
public record RecipientDetails(
        String name,
        String service,
        String country,
        @Nullable LocalDate agreementSignedOn) {

    public RecipientDetails {
        requireText(name, "name");
        requireText(service, "service");
        Objects.requireNonNull(country, "country");
        if (!country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code: " + country);
        }
    }

    /** Whether a processing agreement (Art. 28(3)) is on file. */
    public boolean hasProcessingAgreement() {
        return agreementSignedOn != null;
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
