package be.cloudgroup.privacy.benchmark;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where the export's time goes, seen from outside: a discarding stream that spots each ZIP local
 * file header ({@code PK\3\4}, then the entry's name) as it passes and notes the time. An entry's
 * time runs from its header to the next one, so it covers reading that entry's rows, formatting
 * them and compressing them. Looks at every byte, so it is used only in a round of its own.
 */
final class EntryClock extends OutputStream {

    /** "PK\3\4" read as a little-endian int, the way the bytes arrive. */
    private static final int LOCAL_HEADER = 0x04034b50;
    /** Bytes of a local header between its signature and its name. */
    private static final int FIXED_HEADER = 26;

    static final String BEFORE_FIRST_ENTRY = "(before the first entry)";
    private static final Pattern ENTRY_NAME = Pattern.compile("[a-z_./-]{1,100}");

    private final List<String> names = new ArrayList<>();
    private final List<Long> starts = new ArrayList<>();
    private final byte[] header = new byte[FIXED_HEADER + 0xffff];
    private int window;
    private int captured = -1;
    private int headerLength;
    private long signatureAt;

    @Override
    public void write(int b) {
        accept((byte) b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            accept(bytes[i]);
        }
    }

    /**
     * Milliseconds per entry in archive order, after the time before the first entry; the last
     * entry runs until {@code end}. Both instants are {@code System.nanoTime()} values.
     */
    Map<String, Double> millis(long start, long end) {
        Map<String, Double> millis = new LinkedHashMap<>();
        millis.put(BEFORE_FIRST_ENTRY, ((starts.isEmpty() ? end : starts.get(0)) - start) / 1e6);
        for (int i = 0; i < names.size(); i++) {
            long until = i + 1 < starts.size() ? starts.get(i + 1) : end;
            millis.merge(names.get(i), (until - starts.get(i)) / 1e6, Double::sum);
        }
        return millis;
    }

    private void accept(byte b) {
        if (captured >= 0) {
            header[captured++] = b;
            if (captured == FIXED_HEADER) {
                headerLength = FIXED_HEADER + (header[22] & 0xff | (header[23] & 0xff) << 8);
            }
            if (captured == headerLength) {
                String name = new String(header, FIXED_HEADER, headerLength - FIXED_HEADER, StandardCharsets.UTF_8);
                if (ENTRY_NAME.matcher(name).matches()) {
                    names.add(name);
                    starts.add(signatureAt);
                }
                captured = -1;
            }
        }
        window = window >>> 8 | (b & 0xff) << 24;
        if (window == LOCAL_HEADER && captured < 0) {
            signatureAt = System.nanoTime();
            captured = 0;
            headerLength = -1;
        }
    }
}
