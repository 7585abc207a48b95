package be.cloudgroup.privacy.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.shared.MovingClock;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class RateLimiterTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-03T10:00:00Z"));
    private final RateLimiter limiter = new RateLimiter(clock);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_account_gets_a_burst_then_is_refused_until_the_bucket_refills() {
        signIn(7);
        for (int i = 0; i < RateLimiter.CAPACITY; i++) {
            limiter.acquire();
        }
        assertThatThrownBy(limiter::acquire).isInstanceOf(RateLimitedException.class);

        clock.advance(RateLimiter.REFILL_EVERY);

        assertThatCode(limiter::acquire).doesNotThrowAnyException();
        assertThatThrownBy(limiter::acquire).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void one_accounts_bursts_do_not_limit_another_account() {
        signIn(7);
        for (int i = 0; i < RateLimiter.CAPACITY; i++) {
            limiter.acquire();
        }
        signIn(8);

        assertThatCode(limiter::acquire).doesNotThrowAnyException();
    }

    private static void signIn(long accountId) {
        AccountPrincipal account = new AccountPrincipal(
                accountId, "Tester", Set.of(Role.CUSTOMER), accountId * 10, "CG0000000" + accountId);
        AuthenticatedAccount principal = () -> account;
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, Set.of()));
    }
}
