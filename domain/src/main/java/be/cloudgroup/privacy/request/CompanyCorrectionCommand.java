package be.cloudgroup.privacy.request;

import org.jspecify.annotations.Nullable;

import be.cloudgroup.privacy.correction.CorrectContactDetailsCommand;

import be.cloudgroup.privacy.customer.VatNumber;
import be.cloudgroup.privacy.shared.InvalidValueException;
import java.util.Optional;

/**
 * A business customer's proposed company name (trimmed, 1 to {@link #COMPANY_NAME_MAX_LENGTH}
 * characters) and VAT number (optional, null when the company has none).
 */
public record CompanyCorrectionCommand(String companyName, @Nullable VatNumber vatNumber) {

    public static final int COMPANY_NAME_MAX_LENGTH = 120;

    public CompanyCorrectionCommand {
        companyName = CorrectContactDetailsCommand.name(companyName, COMPANY_NAME_MAX_LENGTH);
        if (companyName.isEmpty()) {
            throw new InvalidValueException("correction.validation.company-required", "A company name is required");
        }
    }

    public Optional<VatNumber> optionalVatNumber() {
        return Optional.ofNullable(vatNumber);
    }
}
