package be.cloudgroup.privacy.persistence.register;

import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.register.ProcessingRegister;
import be.cloudgroup.privacy.register.PurposeDetails;
import be.cloudgroup.privacy.register.RecipientDetails;
import be.cloudgroup.privacy.shared.Language;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the register of processing in three statements whatever its size: the active purposes with
 * their categories, the recipients of those purposes, and their texts in the requested language and
 * English. A text missing in the requested language falls back to English; a purpose without an
 * English text is a broken register and fails loudly rather than showing an empty purpose.
 */
@Component
@Transactional(readOnly = true)
class ProcessingRegisterAdapter implements ProcessingRegister {

    private static final Language FALLBACK = Language.EN;

    private static final Comparator<RecipientDetails> BY_NAME =
            Comparator.comparing(RecipientDetails::name, String.CASE_INSENSITIVE_ORDER);

    private final ProcessingPurposeRepository purposes;
    private final ProcessingPurposeTextRepository texts;

    ProcessingRegisterAdapter(ProcessingPurposeRepository purposes, ProcessingPurposeTextRepository texts) {
        this.purposes = purposes;
        this.texts = texts;
    }

    @Override
    public List<PurposeDetails> activePurposes(Language language) {
        return details(purposes.findActiveWithCategories(), language);
    }

    @Override
    public List<PurposeDetails> purposesUsing(DataCategory category, Language language) {
        return details(purposes.findActiveUsingWithCategories(category), language);
    }

    private List<PurposeDetails> details(List<ProcessingPurposeEntity> found, Language language) {
        if (found.isEmpty()) {
            return List.of();
        }
        // Fills the recipients of the same managed instances; the returned list is not needed.
        purposes.fetchRecipients(found);
        Map<Long, Map<Language, ProcessingPurposeTextEntity>> textsByPurpose = new HashMap<>();
        for (ProcessingPurposeTextEntity text :
                texts.findByPurposesAndLanguages(found, EnumSet.of(language, FALLBACK))) {
            textsByPurpose
                    .computeIfAbsent(text.getPurpose().getId(), id -> new EnumMap<>(Language.class))
                    .put(text.getLanguage(), text);
        }
        return found.stream()
                .map(purpose -> details(purpose, text(purpose, textsByPurpose, language)))
                .toList();
    }

    private static ProcessingPurposeTextEntity text(
            ProcessingPurposeEntity purpose,
            Map<Long, Map<Language, ProcessingPurposeTextEntity>> textsByPurpose,
            Language language) {
        Map<Language, ProcessingPurposeTextEntity> byLanguage = textsByPurpose.getOrDefault(purpose.getId(), Map.of());
        ProcessingPurposeTextEntity text = byLanguage.getOrDefault(language, byLanguage.get(FALLBACK));
        if (text == null) {
            throw new IllegalStateException(
                    "Purpose " + purpose.getCode() + " has no text in " + language + " nor in English");
        }
        return text;
    }

    private static PurposeDetails details(ProcessingPurposeEntity purpose, ProcessingPurposeTextEntity text) {
        List<RecipientDetails> recipients = purpose.getRecipients().stream()
                .map(recipient -> new RecipientDetails(
                        recipient.getName(),
                        recipient.getService(),
                        recipient.getCountry(),
                        recipient.getAgreementSignedOn()))
                .sorted(BY_NAME)
                .toList();
        return new PurposeDetails(
                purpose.getCode(),
                purpose.getPosition(),
                purpose.getLegalBasis(),
                purpose.isDirectMarketing(),
                purpose.getRetentionMonths(),
                text.getName(),
                text.getDescription(),
                text.getRetention(),
                text.getSource(),
                purpose.getCategories(),
                recipients);
    }
}
