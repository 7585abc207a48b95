package be.cloudgroup.privacy.download;

import be.cloudgroup.privacy.shared.Language;

/**
 * A redeemed download ticket: what the server sends and under which file name. Only
 * {@link DownloadService} makes one, so it cannot be forged to name another customer.
 */
public final class ArchiveDownload {

    private final String ticket;
    private final long accountId;
    private final long customerId;
    private final Language language;
    private final String fileName;

    ArchiveDownload(String ticket, long accountId, long customerId, Language language, String fileName) {
        this.ticket = ticket;
        this.accountId = accountId;
        this.customerId = customerId;
        this.language = language;
        this.fileName = fileName;
    }

    /** The server-chosen file name, e.g. {@code privacy-archive-CG00000018-2026-11-26.zip}. */
    public String fileName() {
        return fileName;
    }

    public Language language() {
        return language;
    }

    String ticket() {
        return ticket;
    }

    long accountId() {
        return accountId;
    }

    long customerId() {
        return customerId;
    }
}
