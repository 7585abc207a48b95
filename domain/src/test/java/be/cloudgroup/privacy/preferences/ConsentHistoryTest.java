package be.cloudgroup.privacy.preferences;

import static be.cloudgroup.privacy.preferences.Decision.GIVEN;
import static be.cloudgroup.privacy.preferences.Decision.OBJECTED;
import static be.cloudgroup.privacy.preferences.Decision.OBJECTION_LIFTED;
import static be.cloudgroup.privacy.preferences.Decision.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.marketing.SubscriptionTopic;
import be.cloudgroup.privacy.register.CustomerControl;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The state is derived from the ledger alone, now and at any past instant. */
class ConsentHistoryTest {

    private static final ConsentSubject NEWSLETTER =
            ConsentSubject.topic(SubscriptionTopic.NEWSLETTER, CommunicationChannel.EMAIL);
    private static final ConsentSubject NURTURING = ConsentSubject.purpose("NURTURING");
    private static final ConsentSubject OFFERS = ConsentSubject.purpose("TARGETED_OFFERS");

    private static final Instant T1 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2025-06-01T10:00:00Z");
    private static final Instant T3 = Instant.parse("2025-09-01T10:00:00Z");

    @Test
    void nothing_decided_means_no_consent_and_no_objection() {
        ConsentHistory history = new ConsentHistory(List.of());

        assertThat(history.current(NURTURING)).isEmpty();
        assertThat(history.allows(NURTURING, CustomerControl.GIVE_OR_WITHDRAW, T3))
                .isFalse();
        assertThat(history.allows(OFFERS, CustomerControl.OBJECT, T3)).isTrue();
        assertThat(history.allows(ConsentSubject.purpose("INVOICING"), CustomerControl.EXPLAINED_ONLY, T3))
                .isTrue();
    }

    @Test
    void consent_given_withdrawn_and_given_again_is_reconstructed_at_every_instant_in_between() {
        ConsentHistory history = new ConsentHistory(
                List.of(entry(NEWSLETTER, GIVEN, T1), entry(NEWSLETTER, WITHDRAWN, T2), entry(NEWSLETTER, GIVEN, T3)));

        assertThat(history.at(NEWSLETTER, T1.minusSeconds(1))).isEmpty();
        assertThat(history.at(NEWSLETTER, T1)).contains(GIVEN);
        assertThat(history.at(NEWSLETTER, T2.minusNanos(1000))).contains(GIVEN);
        assertThat(history.at(NEWSLETTER, T2)).contains(WITHDRAWN);
        assertThat(history.allows(NEWSLETTER, CustomerControl.GIVE_OR_WITHDRAW, T2.plusSeconds(60)))
                .isFalse();
        assertThat(history.at(NEWSLETTER, T3.minusSeconds(1))).contains(WITHDRAWN);
        assertThat(history.at(NEWSLETTER, T3)).contains(GIVEN);
        assertThat(history.current(NEWSLETTER)).contains(GIVEN);
    }

    @Test
    void an_objection_made_and_lifted_is_reconstructed_at_every_instant_in_between() {
        ConsentHistory history =
                new ConsentHistory(List.of(entry(OFFERS, OBJECTED, T1), entry(OFFERS, OBJECTION_LIFTED, T2)));

        assertThat(history.allows(OFFERS, CustomerControl.OBJECT, T1.minusSeconds(1)))
                .isTrue();
        assertThat(history.allows(OFFERS, CustomerControl.OBJECT, T1)).isFalse();
        assertThat(history.allows(OFFERS, CustomerControl.OBJECT, T2.minusSeconds(1)))
                .isFalse();
        assertThat(history.allows(OFFERS, CustomerControl.OBJECT, T2)).isTrue();
        assertThat(history.current(OFFERS)).contains(OBJECTION_LIFTED);
    }

    @Test
    void entries_are_ordered_by_time_and_entries_of_the_same_instant_keep_their_recording_order() {
        ConsentHistory history = new ConsentHistory(
                List.of(entry(NURTURING, WITHDRAWN, T2), entry(NURTURING, GIVEN, T1), entry(NURTURING, GIVEN, T2)));

        assertThat(history.at(NURTURING, T1)).contains(GIVEN);
        assertThat(history.current(NURTURING)).contains(GIVEN);
        assertThat(history.newestFirst()).extracting(ConsentEntry::decidedAt).containsExactly(T2, T2, T1);
    }

    @Test
    void the_state_at_an_instant_lists_every_subject_decided_by_then_and_nothing_decided_later() {
        ConsentHistory history = new ConsentHistory(
                List.of(entry(NURTURING, GIVEN, T1), entry(OFFERS, OBJECTED, T2), entry(NURTURING, WITHDRAWN, T3)));

        assertThat(history.stateAt(T1)).isEqualTo(Map.of(NURTURING, GIVEN));
        assertThat(history.stateAt(T2)).isEqualTo(Map.of(NURTURING, GIVEN, OFFERS, OBJECTED));
        assertThat(history.stateAt(T3)).isEqualTo(Map.of(NURTURING, WITHDRAWN, OFFERS, OBJECTED));
    }

    @Test
    void the_current_entries_are_the_latest_of_each_subject() {
        ConsentEntry given = entry(NURTURING, GIVEN, T1);
        ConsentEntry objected = entry(OFFERS, OBJECTED, T2);
        ConsentEntry withdrawn = entry(NURTURING, WITHDRAWN, T3);

        assertThat(new ConsentHistory(List.of(given, objected, withdrawn)).current())
                .containsExactly(withdrawn, objected);
    }

    @Test
    void a_decision_equal_to_the_current_state_would_change_nothing() {
        ConsentHistory empty = new ConsentHistory(List.of());
        assertThat(empty.wouldChange(NURTURING, GIVEN)).isTrue();
        assertThat(empty.wouldChange(NURTURING, WITHDRAWN))
                .as("withdrawing what was never given")
                .isFalse();
        assertThat(empty.wouldChange(OFFERS, OBJECTED)).isTrue();
        assertThat(empty.wouldChange(OFFERS, OBJECTION_LIFTED))
                .as("lifting no objection")
                .isFalse();

        ConsentHistory decided = new ConsentHistory(List.of(entry(NURTURING, GIVEN, T1), entry(OFFERS, OBJECTED, T1)));
        assertThat(decided.wouldChange(NURTURING, GIVEN)).as("a double click").isFalse();
        assertThat(decided.wouldChange(NURTURING, WITHDRAWN)).isTrue();
        assertThat(decided.wouldChange(OFFERS, OBJECTED)).isFalse();
        assertThat(decided.wouldChange(OFFERS, OBJECTION_LIFTED)).isTrue();
    }

    private static ConsentEntry entry(ConsentSubject subject, Decision decision, Instant at) {
        return new ConsentEntry(7, subject, decision, at, 1, DecisionMeans.PORTAL, 3L, "An Peeters");
    }
}
