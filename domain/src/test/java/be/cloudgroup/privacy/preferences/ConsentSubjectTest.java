package be.cloudgroup.privacy.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.marketing.SubscriptionTopic;
import be.cloudgroup.privacy.register.CustomerControl;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentSubjectTest {

    static Stream<ConsentSubject> subjects() {
        return Stream.of(
                ConsentSubject.purpose("NURTURING"),
                ConsentSubject.channel(CommunicationChannel.SMS),
                ConsentSubject.topic(SubscriptionTopic.PRODUCT_NEWS, CommunicationChannel.POST),
                ConsentSubject.thirdPartySharing());
    }

    @ParameterizedTest
    @MethodSource("subjects")
    void every_subject_reads_back_from_its_stored_key(ConsentSubject subject) {
        assertThat(ConsentSubject.parse(subject.key())).isEqualTo(subject);
        assertThat(subject.key().length()).isLessThanOrEqualTo(60);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "PURPOSE", "PURPOSE:", "CHANNEL:FAX", "TOPIC:NEWSLETTER", "THIRD_PARTY_SHARING:X", "X:Y"})
    void anything_else_is_not_a_subject(String key) {
        assertThatThrownBy(() -> ConsentSubject.parse(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @MethodSource("subjects")
    void channels_and_topics_are_opt_in_and_sharing_with_third_parties_can_be_objected_to(ConsentSubject subject) {
        if (subject instanceof ConsentSubject.Purpose) {
            assertThatThrownBy(() -> ConsentSubject.fixedControl(subject)).isInstanceOf(IllegalArgumentException.class);
        } else {
            assertThat(ConsentSubject.fixedControl(subject))
                    .isEqualTo(
                            subject instanceof ConsentSubject.ThirdPartySharing
                                    ? CustomerControl.OBJECT
                                    : CustomerControl.GIVE_OR_WITHDRAW);
        }
    }
}
