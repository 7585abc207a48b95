package be.cloudgroup.privacy.download;

/** A download ticket that is unknown, expired, used, or not the caller's: all look the same, "not found". */
public class DownloadNotFoundException extends RuntimeException {

    public DownloadNotFoundException() {
        super("No such download");
    }
}
