package be.cloudgroup.privacy.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port to the open portal sessions of every portal instance on this database. A session is keyed
 * by the hash of a random key kept in the HTTP session; it is open until ended (sign-out, an
 * admin's action) or until it has not been seen for {@link SignInService#SESSION_TIMEOUT}.
 */
public interface PortalSessions {

    record Session(long id, long accountId, Instant startedAt, Instant endedAt) {}

    void open(long accountId, String keyHash, Instant at, String ipTruncated, String userAgent);

    Optional<Session> find(String keyHash);

    void seen(long sessionId, Instant at);

    void end(long sessionId, Instant at, String reason);

    /** Ends every session of the account that is not ended yet; returns how many. */
    int endAll(long accountId, Instant at, String reason);

    /** The account's sessions not ended and seen since then, newest first. */
    List<AccountDetails.Session> open(long accountId, Instant seenSince);
}
