package be.cloudgroup.privacy.benchmark;

import java.io.OutputStream;

/** Counts what is written and keeps nothing: the archive's size without holding the archive. */
final class CountingOutputStream extends OutputStream {

    private long count;

    @Override
    public void write(int b) {
        count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        count += length;
    }

    long count() {
        return count;
    }
}
