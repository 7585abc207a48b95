package be.cloudgroup.privacy.account;

import be.cloudgroup.privacy.audit.AuditAction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the admin's page of one account shows. The identity's subject is shortened: the
 * admin needs to tell identities apart, not to copy one.
 *
 * @param identity          the linked identity, if any
 * @param invitationExpires when the newest unused invitation expires, if one is pending
 */
public record AccountDetails(
        String publicId,
        String email,
        String displayName,
        Set<Role> roles,
        AccountStatus status,
        String customerNumber,
        Instant createdAt,
        Optional<Identity> identity,
        Optional<Instant> invitationExpires,
        List<SignIn> signIns,
        List<Session> openSessions,
        List<Event> events) {

    public AccountDetails {
        roles = Set.copyOf(roles);
        signIns = List.copyOf(signIns);
        openSessions = List.copyOf(openSessions);
        events = List.copyOf(events);
    }

    /** Issuer and a shortened subject. */
    public record Identity(String issuer, String subject) {

        static final int SHOWN = 8;

        public static Identity shortened(String issuer, String subject) {
            return new Identity(issuer, subject.length() <= SHOWN ? subject : subject.substring(0, SHOWN) + "…");
        }
    }

    public record SignIn(Instant at, String ipTruncated, String userAgent) {}

    public record Session(Instant startedAt, Instant lastSeenAt, String ipTruncated, String userAgent) {}

    public record Event(Instant at, String actorName, AuditAction action, Map<String, String> details) {

        public Event {
            details = Map.copyOf(details);
        }
    }
}
