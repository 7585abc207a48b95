package be.cloudgroup.privacy.download.archive;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;

/**
 * A temporary file that holds one archive entry while another is written, so that each table is
 * read once: constant heap, disk bounded by the entry's size. It holds personal data, so it is
 * readable by the owner only and unlinked as soon as it is open (on POSIX; elsewhere it is deleted
 * when closed): it never outlives the export, not even a crash of the JVM.
 */
final class Spool implements Closeable {

    private static final int BUFFER = 64 * 1024;

    private final FileChannel channel;
    private final OutputStream out;

    Spool() throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(
                            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE))
                }
                : new FileAttribute<?>[0];
        Path file = Files.createTempFile("archive-", ".spool", ownerOnly);
        try {
            channel = FileChannel.open(
                    file, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        if (posix) {
            Files.deleteIfExists(file);
        }
        out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
    }

    /** Where the entry is written; the spool, not the caller, closes it. */
    OutputStream out() {
        return out;
    }

    /** Copies everything written so far to {@code target}. */
    void copyTo(OutputStream target) throws IOException {
        out.flush();
        channel.position(0);
        Channels.newInputStream(channel).transferTo(target);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
