package be.cloudgroup.privacy.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.register.DataCategory;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FileRequestCommandTest {

    @Test
    void an_erasure_names_the_whole_account_or_categories() {
        assertThatThrownBy(() -> FileRequestCommand.erasure(false, Set.of(), null))
                .isInstanceOf(RequestRefusedException.class);
        assertThat(FileRequestCommand.erasure(false, Set.of(DataCategory.MARKETING, DataCategory.CONTACT), null)
                        .particulars())
                .containsEntry(Particulars.CATEGORIES, "CONTACT,MARKETING");
        assertThat(FileRequestCommand.erasure(true, Set.of(), " ").particulars())
                .containsOnlyKeys(Particulars.WHOLE_ACCOUNT);
    }

    @Test
    void a_restriction_needs_a_ground_and_a_scope() {
        assertThatThrownBy(() -> new FileRequestCommand(RequestType.RESTRICTION, null, true, Set.of(), Set.of(), null))
                .isInstanceOf(RequestRefusedException.class);
        assertThatThrownBy(() -> FileRequestCommand.restriction(
                        RestrictionGround.ACCURACY_CONTESTED, false, Set.of(), Set.of(), null))
                .isInstanceOf(RequestRefusedException.class);
        assertThat(FileRequestCommand.restriction(
                                RestrictionGround.NEEDED_FOR_LEGAL_CLAIM,
                                false,
                                Set.of(),
                                Set.of("TARGETED_OFFERS"),
                                "court case")
                        .particulars())
                .containsEntry(Particulars.GROUND, "NEEDED_FOR_LEGAL_CLAIM")
                .containsEntry(Particulars.PURPOSES, "TARGETED_OFFERS");
    }

    @Test
    void an_objection_explains_the_particular_situation() {
        assertThatThrownBy(() -> FileRequestCommand.objection(Set.of("WEBSITE_ANALYTICS"), "  "))
                .isInstanceOf(RequestRefusedException.class);
        assertThatThrownBy(() -> FileRequestCommand.objection(Set.of(), "I am a journalist"))
                .isInstanceOf(RequestRefusedException.class);
    }

    @Test
    void a_question_in_words_is_required_and_limited_in_length() {
        assertThatThrownBy(() -> FileRequestCommand.inWords(RequestType.DPO_QUESTION, ""))
                .isInstanceOf(RequestRefusedException.class);
        assertThatThrownBy(() -> FileRequestCommand.inWords(RequestType.COPY, "x".repeat(RequestRules.MAX_TEXT + 1)))
                .isInstanceOf(RequestRefusedException.class);
        assertThat(FileRequestCommand.inWords(RequestType.COPY, "  By post please ")
                        .text())
                .isEqualTo("By post please");
    }
}
