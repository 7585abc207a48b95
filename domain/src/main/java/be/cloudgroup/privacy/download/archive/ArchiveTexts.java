package be.cloudgroup.privacy.download.archive;

import be.cloudgroup.privacy.shared.Language;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The archive's texts in one language, from {@code download/archive_<language>.properties} in this
 * module (the archive is written without the UI, so it cannot use the UI's bundles). Every language
 * file has the same keys; a test checks it.
 */
final class ArchiveTexts {

    static final String BUNDLE = "download.archive";

    /** The data subject's rights the archive explains, in the order of the GDPR. */
    static final List<String> RIGHTS = List.of(
            "ACCESS",
            "RECTIFICATION",
            "ERASURE",
            "RESTRICTION",
            "PORTABILITY",
            "OBJECTION",
            "WITHDRAW_CONSENT",
            "COMPLAINT");

    private final ResourceBundle bundle;

    private ArchiveTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static ArchiveTexts of(Language language) {
        return new ArchiveTexts(ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    String get(String key) {
        return bundle.getString(key);
    }
}
