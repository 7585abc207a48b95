package be.cloudgroup.privacy.benchmark;

import java.util.List;
import java.util.Locale;

/** The measured figures as Markdown tables: one row per size, then each target with PASS or MISS. */
final class Report {

    static final double MAX_EXPORT_TO_RAW = 2.0;
    static final double MAX_HEAP_GROWTH_MB = 32.0;
    static final double MAX_HEAP_RATIO = 1.2;

    /** Medians of one size. Times in milliseconds, sizes in MB (2^20 bytes). */
    record Size(int rows, double rawMillis, double exportMillis, double archiveMb, double allocatedMb,
            double liveGrowthMb, double usedGrowthMb) {

        double exportToRaw() {
            return exportMillis / rawMillis;
        }
    }

    private Report() {
    }

    static String markdown(List<Size> sizes, String method) {
        StringBuilder out = new StringBuilder();
        out.append("| audit rows | raw JDBC read | export | export / raw | archive | allocated per export"
                + " | peak live heap growth | peak used heap growth |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Size size : sizes) {
            out.append(format("| %,d | %.0f ms | %.0f ms | %.2f× | %.1f MB | %.0f MB | %.1f MB | %.1f MB |%n",
                    size.rows(), size.rawMillis(), size.exportMillis(), size.exportToRaw(), size.archiveMb(),
                    size.allocatedMb(), size.liveGrowthMb(), size.usedGrowthMb()));
        }
        out.append('\n').append("| target | measured | result |\n|---|---:|:---:|\n");
        for (Size size : sizes) {
            out.append(target(format("export ≤ %.0f× raw read, %,d rows", MAX_EXPORT_TO_RAW, size.rows()),
                    format("%.2f×", size.exportToRaw()), size.exportToRaw() <= MAX_EXPORT_TO_RAW));
        }
        for (Size size : sizes) {
            out.append(target(format("peak heap growth < %.0f MB, %,d rows", MAX_HEAP_GROWTH_MB, size.rows()),
                    format("%.1f MB", size.liveGrowthMb()), size.liveGrowthMb() < MAX_HEAP_GROWTH_MB));
        }
        Size small = sizes.get(0);
        Size large = sizes.get(sizes.size() - 1);
        double ratio = large.liveGrowthMb() / small.liveGrowthMb();
        out.append(target(format("heap growth at %,d ≤ %.1f× heap growth at %,d", large.rows(), MAX_HEAP_RATIO,
                small.rows()), format("%.2f×", ratio), ratio <= MAX_HEAP_RATIO));
        out.append('\n').append(method).append('\n');
        return out.toString();
    }

    private static String target(String name, String measured, boolean met) {
        return format("| %s | %s | %s |%n", name, measured, met ? "PASS" : "MISS");
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
