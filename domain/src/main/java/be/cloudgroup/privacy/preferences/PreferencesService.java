package be.cloudgroup.privacy.preferences;

import be.cloudgroup.privacy.account.CurrentAccount;
import be.cloudgroup.privacy.account.RateLimiter;
import be.cloudgroup.privacy.assist.AssistOperation;
import be.cloudgroup.privacy.assist.CurrentSubject;
import be.cloudgroup.privacy.audit.Actor;
import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.Auditor;
import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.marketing.SubscriptionTopic;
import be.cloudgroup.privacy.policy.PolicyVersions;
import be.cloudgroup.privacy.register.CustomerControl;
import be.cloudgroup.privacy.register.ProcessingRegister;
import be.cloudgroup.privacy.register.PurposeDetails;
import be.cloudgroup.privacy.shared.Language;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Preferences: the customer's consents, objections, channels and subscriptions, and the ledger that
 * proves each decision. Self-service methods take the subject from the signed-in account. Every
 * appended entry is audited in the same transaction, with the real actor; a decision that changes
 * nothing (a double click, a resent request) appends nothing and audits nothing.
 */
@Service
public class PreferencesService {

    /** The actor of decisions made through an e-mail link, without signing in. */
    public static final String LINK_ACTOR = "The customer via e-mail link";

    static final String TARGET = "consent";

    private final ConsentLedger ledger;
    private final ProcessingRegister register;
    private final PolicyVersions policyVersions;
    private final Auditor auditor;
    private final Clock clock;
    private final CurrentSubject currentSubject;
    private final RateLimiter limiter;
    private final SignedLinks links;

    public PreferencesService(
            ConsentLedger ledger,
            ProcessingRegister register,
            PolicyVersions policyVersions,
            Auditor auditor,
            Clock clock,
            CurrentSubject currentSubject,
            RateLimiter limiter,
            SignedLinks links) {
        this.ledger = ledger;
        this.register = register;
        this.policyVersions = policyVersions;
        this.auditor = auditor;
        this.clock = clock;
        this.currentSubject = currentSubject;
        this.limiter = limiter;
        this.links = links;
    }

    /**
     * The signed-in customer's preferences, the purposes in the given language and register order,
     * with their history: one read of the ledger.
     */
    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"}) // staff only in an open assist session (CurrentSubject)
    @Transactional(readOnly = true)
    public Preferences preferences(Language language) {
        ConsentHistory history = new ConsentHistory(ledger.entriesOf(currentSubject.customerId()));
        List<Preferences.PurposePreference> purposes =
                register.activePurposes(Objects.requireNonNull(language)).stream()
                        .map(purpose -> new Preferences.PurposePreference(
                                purpose,
                                preference(history, ConsentSubject.purpose(purpose.code()), purpose.control())))
                        .toList();
        List<Preference> channels = Arrays.stream(CommunicationChannel.values())
                .map(channel -> fixed(history, ConsentSubject.channel(channel)))
                .toList();
        List<Preference> topics = new ArrayList<>();
        for (SubscriptionTopic topic : SubscriptionTopic.values()) {
            for (CommunicationChannel channel : CommunicationChannel.values()) {
                topics.add(fixed(history, ConsentSubject.topic(topic, channel)));
            }
        }
        return new Preferences(
                purposes, channels, topics, fixed(history, ConsentSubject.thirdPartySharing()), history.newestFirst());
    }

    /**
     * Records a decision of the signed-in customer, stamped with the policy version in force. In an
     * assist session that may act, the staff member records it on the customer's behalf (means
     * {@link DecisionMeans#STAFF_ON_REQUEST}, the ledger's actor names the staff member and the
     * session); no session ever lifts an objection.
     *
     * @throws DecisionRefusedException when the decision does not fit the subject (nothing recorded)
     * @throws be.cloudgroup.privacy.assist.AssistRefusedException when the assist session may not do this
     */
    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"}) // staff only in an open assist session (CurrentSubject)
    @Transactional
    public DecisionOutcome decide(DecideCommand command) {
        Objects.requireNonNull(command, "command");
        CurrentSubject.Subject subject = currentSubject.require(
                switch (command.decision()) {
                    case GIVEN, WITHDRAWN -> AssistOperation.GIVE_OR_WITHDRAW_CONSENT;
                    case OBJECTED -> AssistOperation.OBJECT;
                    case OBJECTION_LIFTED -> AssistOperation.LIFT_OBJECTION;
                });
        limiter.acquire();
        Actor actor = CurrentAccount.require().actor();
        if (subject.assisted()) {
            Actor ledgerActor = new Actor(
                    actor.accountId(),
                    assistedActorName(actor.name(), subject.session().id()));
            return record(
                    subject.customerId(),
                    command.subject(),
                    command.decision(),
                    command.idempotencyKey(),
                    DecisionMeans.STAFF_ON_REQUEST,
                    actor,
                    ledgerActor);
        }
        return record(
                subject.customerId(),
                command.subject(),
                command.decision(),
                command.idempotencyKey(),
                DecisionMeans.PORTAL,
                actor);
    }

    /** The ledger's actor name of a decision in an assist session: the staff member and the session number. */
    public static String assistedActorName(String staffName, long assistSessionId) {
        String suffix = " · #" + assistSessionId;
        int room = ConsentEntry.ACTOR_NAME_MAX_LENGTH - suffix.length();
        return (staffName.length() > room ? staffName.substring(0, room) : staffName) + suffix;
    }

    /**
     * Records the withdrawal that an unsubscribe link in an e-mail stands for, without signing in.
     * The link is what authenticates the customer: it is verified here ({@link SignedLinks}) and the
     * customer, the subscription and the idempotency key all come from it, so no caller can name
     * another customer. Following the same link again records nothing more.
     *
     * @throws RuntimeException the link feature's exception for a link that is not genuine or has expired
     */
    @PermitAll // the signed link authenticates; nobody is signed in
    @Transactional
    public DecisionOutcome recordByLink(String token) {
        SignedLinks.Withdrawal link = links.verify(Objects.requireNonNull(token, "token"));
        return record(
                link.customerId(),
                link.subject(),
                Decision.WITHDRAWN,
                link.nonce(),
                DecisionMeans.EMAIL_LINK,
                new Actor(null, LINK_ACTOR));
    }

    private DecisionOutcome record(
            long customerId, ConsentSubject subject, Decision decision, UUID key, DecisionMeans means, Actor actor) {
        return record(customerId, subject, decision, key, means, actor, actor);
    }

    private DecisionOutcome record(
            long customerId,
            ConsentSubject subject,
            Decision decision,
            UUID key,
            DecisionMeans means,
            Actor actor,
            Actor ledgerActor) {
        checkAllowed(subject, decision, means);
        ConsentHistory history = new ConsentHistory(ledger.lockAndRead(customerId));
        // a resent request whose decision was recorded meanwhile fails on the unique key in append()
        if (!history.wouldChange(subject, decision)) {
            return DecisionOutcome.ALREADY_IN_EFFECT;
        }
        Instant now = clock.instant();
        int version = policyVersions.inForce(now);
        ConsentEntry entry = new ConsentEntry(
                customerId, subject, decision, now, version, means, ledgerActor.accountId(), ledgerActor.name());
        if (!ledger.append(entry, key)) {
            return DecisionOutcome.ALREADY_IN_EFFECT;
        }
        auditor.record(
                actor,
                auditAction(decision),
                customerId,
                TARGET,
                subject.key(),
                Map.of("decision", decision.name(), "means", means.name(), "policyVersion", Integer.toString(version)));
        return DecisionOutcome.RECORDED;
    }

    private void checkAllowed(ConsentSubject subject, Decision decision, DecisionMeans means) {
        if (subject instanceof ConsentSubject.Purpose purpose) {
            PurposeDetails details = ActivePurposes.find(register, purpose.code())
                    .orElseThrow(() -> new DecisionRefusedException(
                            "preferences.refused.unknown-purpose", "No active purpose " + purpose.code()));
            ConsentRules.check(subject, details.control(), details.objectionIsAbsolute(), decision, means);
        } else {
            ConsentRules.check(subject, ConsentSubject.fixedControl(subject), false, decision, means);
        }
    }

    private static Preference fixed(ConsentHistory history, ConsentSubject subject) {
        return preference(history, subject, ConsentSubject.fixedControl(subject));
    }

    private static Preference preference(ConsentHistory history, ConsentSubject subject, CustomerControl control) {
        return history.latest(subject, Instant.MAX)
                .map(entry -> new Preference(subject, control, entry.decision(), entry.decidedAt()))
                .orElseGet(() -> new Preference(subject, control, null, null));
    }

    private static AuditAction auditAction(Decision decision) {
        return switch (decision) {
            case GIVEN -> AuditAction.CONSENT_GIVEN;
            case WITHDRAWN -> AuditAction.CONSENT_WITHDRAWN;
            case OBJECTED -> AuditAction.OBJECTION_MADE;
            case OBJECTION_LIFTED -> AuditAction.OBJECTION_LIFTED;
        };
    }
}
