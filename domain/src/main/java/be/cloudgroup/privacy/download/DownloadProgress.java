package be.cloudgroup.privacy.download;

/** Where a requested download stands, as the download page shows it. */
public enum DownloadProgress {
    /** The link is ready; the browser has not fetched it yet. */
    WAITING,
    /** The archive is being written to the browser. */
    STREAMING,
    /** The whole archive was sent. */
    DONE,
    /** Writing stopped before the end (e.g. the connection broke); the customer may try again. */
    FAILED
}
