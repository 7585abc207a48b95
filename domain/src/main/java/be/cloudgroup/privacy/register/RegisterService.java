package be.cloudgroup.privacy.register;

import be.cloudgroup.privacy.shared.Language;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the register of processing. The register is public information (Art. 13/14 tell it to
 * every data subject), so any signed-in user may read it; changing it is an admin task of its own.
 * The register holds no personal data of a customer, so reading it writes no audit event.
 * {@code @PreAuthorize} sits on each method, where the architecture test looks for it.
 */
@Service
@Transactional(readOnly = true)
public class RegisterService {

    private final ProcessingRegister register;

    public RegisterService(ProcessingRegister register) {
        this.register = register;
    }

    /** All active purposes in the given language, in the order of the privacy statement. */
    @PreAuthorize("isAuthenticated()")
    public List<PurposeDetails> activePurposes(Language language) {
        return register.activePurposes(Objects.requireNonNull(language, "language"));
    }

    /** The active purposes that use the given data category, in the order of the privacy statement. */
    @PreAuthorize("isAuthenticated()")
    public List<PurposeDetails> purposesUsing(DataCategory category, Language language) {
        return register.purposesUsing(
                Objects.requireNonNull(category, "category"), Objects.requireNonNull(language, "language"));
    }
}
