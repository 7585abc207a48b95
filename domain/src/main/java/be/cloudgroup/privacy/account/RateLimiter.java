package be.cloudgroup.privacy.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The one per-account limit on writes and audited actions (rectification requests, code requests,
 * download tickets, preference changes, privacy requests): a token bucket of {@link #CAPACITY}
 * actions per account that refills one action every {@link #REFILL_EVERY}. A person clicking
 * through the portal never meets it; a script repeating an action is refused with
 * {@link RateLimitedException}, which the portal shows as a translated message, before anything is
 * written or audited.
 *
 * <p>Held in memory per instance (as the download tickets are): buckets that have filled up again
 * hold no information and are dropped, so the store is bounded by the accounts active in the last
 * few minutes.
 */
@Component
public class RateLimiter {

    /** The most actions an account may take in a burst. */
    public static final int CAPACITY = 30;

    /** One more action becomes available this often. */
    public static final Duration REFILL_EVERY = Duration.ofSeconds(10);

    private static final int SWEEP_ABOVE = 10_000;

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final Clock clock;

    public RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Takes one action from the signed-in account's bucket; throws {@link RateLimitedException}
     * when it is empty.
     */
    public void acquire() {
        if (!tryAcquire()) {
            throw new RateLimitedException();
        }
    }

    /** Takes one action from the signed-in account's bucket if there is one; false when it is empty. */
    public boolean tryAcquire() {
        long accountId = CurrentAccount.require().accountId();
        Instant now = clock.instant();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.refilled(now).tokens() >= CAPACITY);
        }
        boolean[] allowed = {false};
        buckets.compute(accountId, (key, bucket) -> {
            Bucket current = bucket == null ? new Bucket(CAPACITY, now) : bucket.refilled(now);
            if (current.tokens() < 1) {
                return current;
            }
            allowed[0] = true;
            return new Bucket(current.tokens() - 1, current.since());
        });
        return allowed[0];
    }

    /** Whole tokens, and the moment from which the next one is counted. */
    private record Bucket(long tokens, Instant since) {

        Bucket refilled(Instant now) {
            long earned = Duration.between(since, now).dividedBy(REFILL_EVERY);
            if (earned <= 0) {
                return this;
            }
            return tokens + earned >= CAPACITY
                    ? new Bucket(CAPACITY, now)
                    : new Bucket(tokens + earned, since.plus(REFILL_EVERY.multipliedBy(earned)));
        }
    }
}
