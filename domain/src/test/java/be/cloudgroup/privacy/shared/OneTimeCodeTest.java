package be.cloudgroup.privacy.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OneTimeCodeTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void a_code_matches_only_itself_spaces_aside_and_is_never_stored_in_clear() {
        String code = OneTimeCode.generate();
        String hash = OneTimeCode.hash(code);
        assertThat(code).matches("\\d{6}");
        assertThat(hash).doesNotContain(code);
        assertThat(OneTimeCode.matches(code, hash)).isTrue();
        assertThat(OneTimeCode.matches(code.substring(0, 3) + " " + code.substring(3), hash))
                .isTrue();
        assertThat(OneTimeCode.matches(code.equals("000000") ? "000001" : "000000", hash))
                .isFalse();
        assertThat(OneTimeCode.matches(null, hash)).isFalse();
        assertThat(OneTimeCode.matches(code, "no-separator")).isFalse();
    }

    @Test
    void the_same_code_hashes_differently_each_time() {
        assertThat(OneTimeCode.hash("123456")).isNotEqualTo(OneTimeCode.hash("123456"));
    }

    @Test
    void a_code_is_usable_only_with_attempts_left_and_before_it_expires() {
        assertThat(OneTimeCode.usable(1, NOW.plusSeconds(1), NOW)).isTrue();
        assertThat(OneTimeCode.usable(0, NOW.plusSeconds(1), NOW)).isFalse();
        assertThat(OneTimeCode.usable(1, NOW, NOW)).isFalse();
    }
}
