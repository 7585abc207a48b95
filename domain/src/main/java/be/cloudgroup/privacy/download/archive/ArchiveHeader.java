package be.cloudgroup.privacy.download.archive;

import be.cloudgroup.privacy.shared.Language;
import java.time.Instant;

/** What every file of one archive starts with: whose data, when, in which language. */
record ArchiveHeader(String customerNumber, Instant generatedAt, Language language) {

    static final String FORMAT = "cloudgroup-privacy-archive";
    static final int FORMAT_VERSION = 1;
}
