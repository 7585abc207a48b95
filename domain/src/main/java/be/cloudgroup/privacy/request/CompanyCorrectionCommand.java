package be.cloudgroup.privacy.request;

import be.cloudgroup.privacy.customer.CompanyName;
import be.cloudgroup.privacy.customer.VatNumber;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A business customer's proposed company name and VAT number (optional, null when the company has
 * none).
 */
public record CompanyCorrectionCommand(
        CompanyName companyName, @Nullable VatNumber vatNumber) {

    public CompanyCorrectionCommand {
        Objects.requireNonNull(companyName, "companyName");
    }

    public Optional<VatNumber> optionalVatNumber() {
        return Optional.ofNullable(vatNumber);
    }
}
