package be.cloudgroup.privacy.benchmark;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The measured figures as Markdown tables: one row per size, then each target with PASS or MISS. */
final class Report {

    static final double MAX_EXPORT_TO_RAW = 2.0;
    static final double MAX_HEAP_GROWTH_MB = 32.0;
    static final double MAX_HEAP_RATIO = 1.2;

    /** Medians of one size. Times in milliseconds, sizes in MB (2^20 bytes). */
    record Size(
            int rows,
            double rawMillis,
            double exportMillis,
            double archiveMb,
            double rawAllocatedMb,
            double allocatedMb,
            double liveGrowthMb,
            double usedGrowthMb,
            Map<String, Double> entryMillis) {

        double exportToRaw() {
            return exportMillis / rawMillis;
        }
    }

    private Report() {}

    static String markdown(List<Size> sizes, String method) {
        StringBuilder out = new StringBuilder();
        out.append("| audit rows | raw JDBC read | export | export / raw | archive | allocated: raw read / export"
                + " | peak live heap growth | peak used heap growth |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Size size : sizes) {
            out.append(format(
                    "| %,d | %.0f ms | %.0f ms | %.2f× | %.1f MB | %.0f MB / %.0f MB | %.2f MB | %.1f MB |%n",
                    size.rows(),
                    size.rawMillis(),
                    size.exportMillis(),
                    size.exportToRaw(),
                    size.archiveMb(),
                    size.rawAllocatedMb(),
                    size.allocatedMb(),
                    size.liveGrowthMb(),
                    size.usedGrowthMb()));
        }
        out.append('\n').append("| target | measured | result |\n|---|---:|:---:|\n");
        for (Size size : sizes) {
            out.append(target(
                    format("export ≤ %.0f× raw read, %,d rows", MAX_EXPORT_TO_RAW, size.rows()),
                    format("%.2f×", size.exportToRaw()),
                    size.exportToRaw() <= MAX_EXPORT_TO_RAW));
        }
        for (Size size : sizes) {
            out.append(target(
                    format("peak heap growth < %.0f MB, %,d rows", MAX_HEAP_GROWTH_MB, size.rows()),
                    format("%.2f MB", size.liveGrowthMb()),
                    size.liveGrowthMb() < MAX_HEAP_GROWTH_MB));
        }
        Size small = sizes.get(0);
        Size large = sizes.get(sizes.size() - 1);
        double ratio = large.liveGrowthMb() / small.liveGrowthMb();
        out.append(target(
                format("heap growth at %,d ≤ %.1f× heap growth at %,d", large.rows(), MAX_HEAP_RATIO, small.rows()),
                format("%.2f×", ratio),
                ratio <= MAX_HEAP_RATIO));
        out.append('\n').append(method).append('\n');
        out.append('\n').append(entries(sizes));
        return out.toString();
    }

    /** One row per archive entry (the union over the sizes, in archive order), one column per size. */
    private static String entries(List<Size> sizes) {
        StringBuilder out = new StringBuilder("| archive entry (one round) |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Size size : sizes) {
            out.append(format(" %,d rows |", size.rows()));
            rule.append("---:|");
        }
        out.append('\n').append(rule).append('\n');
        Set<String> names = new LinkedHashSet<>();
        sizes.forEach(size -> names.addAll(size.entryMillis().keySet()));
        for (String name : names) {
            out.append("| ").append(name).append(" |");
            for (Size size : sizes) {
                out.append(format(" %.0f ms |", size.entryMillis().getOrDefault(name, 0.0)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String target(String name, String measured, boolean met) {
        return format("| %s | %s | %s |%n", name, measured, met ? "PASS" : "MISS");
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
