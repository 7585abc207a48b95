package be.cloudgroup.privacy.policy;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.CurrentAccount;
import be.cloudgroup.privacy.assist.AssistOperation;
import be.cloudgroup.privacy.assist.CurrentSubject;
import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.Auditor;
import be.cloudgroup.privacy.shared.InvalidValueException;
import be.cloudgroup.privacy.shared.Language;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The privacy statement's versions: everyone signed in reads the version in force, admins publish
 * new versions (immutable once published, audited), and customers acknowledge each material
 * version once (audited, one record per customer and version, however often they click).
 */
@Service
@Transactional
public class PolicyService {

    static final String TARGET_TYPE = "policy_version";

    private final PolicyVersions inForce;
    private final PolicyPublications versions;
    private final PolicyAcknowledgements acknowledgements;
    private final Auditor auditor;
    private final Clock clock;
    private final CurrentSubject subject;

    public PolicyService(
            PolicyVersions inForce,
            PolicyPublications versions,
            PolicyAcknowledgements acknowledgements,
            Auditor auditor,
            Clock clock,
            CurrentSubject subject) {
        this.subject = subject;
        this.inForce = inForce;
        this.versions = versions;
        this.acknowledgements = acknowledgements;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** The statement in force now, in the reader's language or else in Dutch. */
    @RolesAllowed({"CUSTOMER", "SUPPORT", "ADMIN"})
    @Transactional(readOnly = true)
    public PolicyStatement statementInForce(Language language) {
        return statement(inForce.inForce(clock.instant()), language);
    }

    /** Every version, newest first, for the admin. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<PolicyVersionSummary> versions() {
        return versions.all();
    }

    /**
     * Publishes the next version, in force from {@code command.inForceFrom()} or at once. A
     * version cannot take effect in the past nor before the latest published version.
     *
     * @return the new version's number
     */
    @RolesAllowed("ADMIN")
    public int publish(PublishPolicyVersionCommand command) {
        Objects.requireNonNull(command, "command");
        AccountPrincipal admin = CurrentAccount.require();
        Instant now = clock.instant();
        Instant inForceFrom = command.requestedStart().orElse(now);
        if (inForceFrom.isBefore(now)) {
            throw new InvalidValueException(
                    "policy.validation.in-the-past", "A version cannot take effect in the past");
        }
        if (versions.all().stream().anyMatch(version -> version.publishedAt().isAfter(inForceFrom))) {
            throw new InvalidValueException(
                    "policy.validation.before-latest", "A version cannot take effect before the latest version");
        }
        int number = versions.publish(
                new NewPolicyVersion(inForceFrom, command.material(), command.policyTexts(), admin.actor()));
        auditor.record(
                AuditAction.POLICY_VERSION_PUBLISHED,
                null,
                TARGET_TYPE,
                String.valueOf(number),
                Map.of(
                        "material", String.valueOf(command.material()),
                        "inForceFrom", inForceFrom.toString(),
                        "languages",
                                command.texts().keySet().stream()
                                        .sorted()
                                        .map(Language::name)
                                        .collect(Collectors.joining(", "))));
        return number;
    }

    /**
     * The material version the signed-in customer has yet to acknowledge: the latest material
     * version in force, unless they acknowledged it (or a later one).
     */
    @RolesAllowed("CUSTOMER")
    @Transactional(readOnly = true)
    public OptionalInt pendingAcknowledgement() {
        OptionalInt material = versions.materialInForce(clock.instant());
        if (material.isEmpty()) {
            return material;
        }
        OptionalInt acknowledged = acknowledgements.latest(CurrentAccount.requireCustomerId());
        return acknowledged.isPresent() && acknowledged.getAsInt() >= material.getAsInt()
                ? OptionalInt.empty()
                : material;
    }

    /** The version to acknowledge with what changed, in the customer's language or else in Dutch. */
    @RolesAllowed("CUSTOMER")
    @Transactional(readOnly = true)
    public Optional<PolicyStatement> pendingUpdate(Language language) {
        OptionalInt pending = pendingAcknowledgement();
        return pending.isPresent() ? Optional.of(statement(pending.getAsInt(), language)) : Optional.empty();
    }

    /**
     * The signed-in customer acknowledges a material version in force. Repeating it (a double
     * click, a resent request) changes nothing.
     *
     * @return whether this call recorded the acknowledgement
     * @throws InvalidValueException when the version is not a material version in force
     */
    @RolesAllowed("CUSTOMER")
    public boolean acknowledge(int version) {
        // never for the customer by staff in an assist session (refused, even for staff who are also customers)
        long customerId = subject.require(AssistOperation.ACKNOWLEDGE_POLICY).customerId();
        Instant now = clock.instant();
        boolean acknowledgeable = versions.find(version)
                .filter(found -> found.material() && !found.publishedAt().isAfter(now))
                .isPresent();
        if (!acknowledgeable) {
            throw new InvalidValueException(
                    "policy.validation.not-acknowledgeable", "Only a material version in force can be acknowledged");
        }
        boolean recorded = acknowledgements.record(
                customerId, version, now, CurrentAccount.require().actor());
        if (recorded) {
            auditor.record(
                    AuditAction.POLICY_ACKNOWLEDGED,
                    customerId,
                    TARGET_TYPE,
                    String.valueOf(version),
                    Map.of("version", String.valueOf(version)));
        }
        return recorded;
    }

    private PolicyStatement statement(int number, Language language) {
        PolicyVersionSummary version = versions.find(number)
                .orElseThrow(() -> new IllegalStateException("Version " + number + " of the statement is missing"));
        Map<Language, PolicyText> texts = versions.texts(number);
        Language shown = texts.containsKey(language) ? language : Language.NL;
        return new PolicyStatement(number, version.publishedAt(), version.material(), shown, texts.get(shown));
    }
}
