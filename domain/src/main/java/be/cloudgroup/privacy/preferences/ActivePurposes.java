package be.cloudgroup.privacy.preferences;

import be.cloudgroup.privacy.register.ProcessingRegister;
import be.cloudgroup.privacy.register.PurposeDetails;
import be.cloudgroup.privacy.shared.Language;
import java.util.Optional;

/** Finding one active purpose of the register by its code (the register is small and read whole). */
final class ActivePurposes {

    private ActivePurposes() {}

    static Optional<PurposeDetails> find(ProcessingRegister register, String code) {
        return register.activePurposes(Language.EN).stream()
                .filter(purpose -> purpose.code().equals(code))
                .findFirst();
    }
}
