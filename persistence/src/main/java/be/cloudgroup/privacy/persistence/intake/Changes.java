package be.cloudgroup.privacy.persistence.intake;

import be.cloudgroup.privacy.intake.BatchOutcome;
import be.cloudgroup.privacy.intake.IntakeRefusal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What a batch did so far: the counts, the refused lines and per customer what changed. */
final class Changes {

    long created;
    long updated;
    long unchanged;
    long conflicts;
    final List<IntakeRefusal> refusals = new ArrayList<>();
    private final Map<Long, String> numbers = new LinkedHashMap<>();
    private final Map<Long, Set<String>> what = new LinkedHashMap<>();

    void refuse(long line, String key, String english, String... arguments) {
        refusals.add(new IntakeRefusal(line, key, List.of(arguments), english));
    }

    void changed(long customerId, String customerNumber, String change) {
        numbers.put(customerId, customerNumber);
        what.computeIfAbsent(customerId, id -> new TreeSet<>()).add(change);
    }

    BatchOutcome outcome() {
        return new BatchOutcome(
                created,
                updated,
                unchanged,
                conflicts,
                refusals,
                what.entrySet().stream()
                        .map(entry ->
                                new BatchOutcome.Change(entry.getKey(), numbers.get(entry.getKey()), entry.getValue()))
                        .toList());
    }
}
