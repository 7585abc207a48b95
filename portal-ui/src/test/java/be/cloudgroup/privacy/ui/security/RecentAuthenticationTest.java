package be.cloudgroup.privacy.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** The download's re-authentication gate reads {@code auth_time}, and only that. */
class RecentAuthenticationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void an_auth_time_within_ten_minutes_is_recent_and_an_older_one_is_not() {
        assertThat(RecentAuthentication.isRecent(signedIn(token().authTime(NOW.minusSeconds(540))), CLOCK))
                .isTrue();
        assertThat(RecentAuthentication.isRecent(signedIn(token().authTime(NOW.minusSeconds(660))), CLOCK))
                .isFalse();
    }

    @Test
    void a_token_without_auth_time_is_never_recent_even_when_issued_just_now() {
        assertThat(RecentAuthentication.isRecent(signedIn(token()), CLOCK)).isFalse();
    }

    private static OidcIdToken.Builder token() {
        return OidcIdToken.withTokenValue("id-token")
                .subject("subject")
                .issuedAt(NOW)
                .expiresAt(NOW.plusSeconds(300));
    }

    private static OAuth2AuthenticationToken signedIn(OidcIdToken.Builder token) {
        return new OAuth2AuthenticationToken(new DefaultOidcUser(List.of(), token.build()), List.of(), "portal");
    }
}
