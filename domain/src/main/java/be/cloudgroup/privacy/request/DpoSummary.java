package be.cloudgroup.privacy.request;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Figures for the DPO: requests by type and status, the median number of calendar days from
 * receipt to closing per type (of closed requests), and how many open requests are overdue.
 */
public record DpoSummary(
        Map<RequestType, Map<RequestStatus, Long>> counts,
        Map<RequestType, Double> medianDaysToClose,
        long overdue,
        @Nullable Double medianDaysToCloseAll) {

    public DpoSummary {
        counts = Map.copyOf(counts);
        medianDaysToClose = Map.copyOf(medianDaysToClose);
    }
}
