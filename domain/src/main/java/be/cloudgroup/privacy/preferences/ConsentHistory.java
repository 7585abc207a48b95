package be.cloudgroup.privacy.preferences;

import be.cloudgroup.privacy.register.CustomerControl;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ledger of one customer and the state derived from it. The state of a subject at an instant is
 * the latest decision recorded at or before that instant; without one, nothing was decided: no
 * consent (nothing pre-ticked) and no objection. Entries recorded at the same instant keep the
 * order in which they were recorded. A pure function of the entries: no clock, no database.
 */
public final class ConsentHistory {

    private final List<ConsentEntry> entries;

    /** @param entries the entries of one customer in the order they were recorded */
    public ConsentHistory(List<ConsentEntry> entries) {
        // a stable sort: entries of the same instant stay in recording order
        this.entries = entries.stream()
                .sorted(Comparator.comparing(ConsentEntry::decidedAt))
                .toList();
    }

    /** The latest decision about the subject, if any. */
    public Optional<Decision> current(ConsentSubject subject) {
        return latest(subject, Instant.MAX).map(ConsentEntry::decision);
    }

    /** The decision about the subject in effect at {@code at}, if any was recorded by then. */
    public Optional<Decision> at(ConsentSubject subject, Instant at) {
        return latest(subject, at).map(ConsentEntry::decision);
    }

    /** The latest entry about the subject recorded at or before {@code at}. */
    public Optional<ConsentEntry> latest(ConsentSubject subject, Instant at) {
        Objects.requireNonNull(subject, "subject");
        ConsentEntry found = null;
        for (ConsentEntry entry : entries) {
            if (entry.decidedAt().isAfter(at)) {
                break;
            }
            if (entry.subject().equals(subject)) {
                found = entry;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Every subject decided by {@code at} with the decision in effect then, in order of first decision. */
    public Map<ConsentSubject, Decision> stateAt(Instant at) {
        Map<ConsentSubject, Decision> state = new LinkedHashMap<>();
        latestBySubject(at).forEach((subject, entry) -> state.put(subject, entry.decision()));
        return state;
    }

    /**
     * Whether processing of the subject was allowed at {@code at} under the given control: consent
     * needs a standing GIVEN, an objection control allows unless an objection stands, and a purpose
     * the customer cannot switch is always allowed (it rests on contract or law).
     */
    public boolean allows(ConsentSubject subject, CustomerControl control, Instant at) {
        Optional<Decision> decision = at(subject, at);
        return switch (control) {
            case GIVE_OR_WITHDRAW -> decision.filter(Decision.GIVEN::equals).isPresent();
            case OBJECT -> decision.filter(Decision.OBJECTED::equals).isEmpty();
            case EXPLAINED_ONLY -> true;
        };
    }

    /**
     * Whether recording {@code decision} now would change the subject's state: giving consent that
     * stands, withdrawing consent never given, objecting twice or lifting no objection change nothing.
     */
    public boolean wouldChange(ConsentSubject subject, Decision decision) {
        boolean allowsNow = current(subject).map(Decision::allows).orElse(decision.control() == CustomerControl.OBJECT);
        return allowsNow != decision.allows();
    }

    /** The latest entry of every subject ever decided, in the order the subjects were first decided. */
    public List<ConsentEntry> current() {
        return List.copyOf(latestBySubject(Instant.MAX).values());
    }

    /** All entries, newest first. */
    public List<ConsentEntry> newestFirst() {
        List<ConsentEntry> newestFirst = new ArrayList<>(entries);
        Collections.reverse(newestFirst);
        return List.copyOf(newestFirst);
    }

    private Map<ConsentSubject, ConsentEntry> latestBySubject(Instant at) {
        Map<ConsentSubject, ConsentEntry> latest = new LinkedHashMap<>();
        entries.stream()
                .filter(entry -> !entry.decidedAt().isAfter(at))
                .forEach(entry -> latest.put(entry.subject(), entry));
        return latest;
    }
}
