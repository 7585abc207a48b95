package be.cloudgroup.privacy.newsletter;

import be.cloudgroup.privacy.account.AdminBootstrap;
import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.Auditor;
import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.marketing.MarketingContact;
import be.cloudgroup.privacy.marketing.MarketingContacts;
import be.cloudgroup.privacy.marketing.SubscriptionTopic;
import be.cloudgroup.privacy.preferences.ContactPermissions;
import be.cloudgroup.privacy.preferences.ContactPermissions.Audience;
import be.cloudgroup.privacy.unsubscribe.UnsubscribeLinks;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a mailing to everyone the consent ledger allows for its topic by e-mail, and to no one
 * else: the audience comes from {@link ContactPermissions}, page by page. Every mail carries its
 * own signed unsubscribe link and is recorded in the customer's communications; the mailing as a
 * whole is audited with the number of recipients.
 */
@Service
public class NewsletterService {

    static final String TARGET = "newsletter";
    private static final int PAGE = 500;

    private final ContactPermissions permissions;
    private final MarketingContacts contacts;
    private final UnsubscribeLinks links;
    private final MarketingMailer mailer;
    private final Auditor auditor;
    private final Clock clock;

    public NewsletterService(
            ContactPermissions permissions,
            MarketingContacts contacts,
            UnsubscribeLinks links,
            MarketingMailer mailer,
            Auditor auditor,
            Clock clock) {
        this.permissions = permissions;
        this.contacts = contacts;
        this.links = links;
        this.mailer = mailer;
        this.auditor = auditor;
        this.clock = clock;
    }

    /**
     * The purpose of the register a topic's mailings serve: newsletters are communications on
     * consent (purpose 8), product news is targeted information (purpose 7, legitimate interest,
     * objectable), service updates serve the contract (purpose 4).
     */
    public static String purposeOf(SubscriptionTopic topic) {
        return switch (topic) {
            case NEWSLETTER -> "COMMUNICATIONS";
            case PRODUCT_NEWS -> "TARGETED_OFFERS";
            case SERVICE_UPDATES -> "SERVICE_MAINTENANCE";
        };
    }

    /**
     * A recipient whose mail the server refuses is skipped (the mailer logs it; counted in the audit event) and
     * not recorded as sent; the others still get theirs.
     *
     * @return how many customers were sent the mailing
     */
    @PreAuthorize("hasRole('ADMIN') or hasAuthority('" + AdminBootstrap.SYSTEM_AUTHORITY + "')")
    @Transactional
    public int send(NewsletterCommand command) {
        Audience audience = Audience.of(purposeOf(command.topic()), CommunicationChannel.EMAIL)
                .subscribedTo(command.topic());
        Instant sentAt = clock.instant();
        int sent = 0;
        int failed = 0;
        long after = 0;
        List<Long> page;
        do {
            page = permissions.audience(audience, after, PAGE);
            List<MarketingContact> recipients = contacts.byIds(page);
            List<MarketingMail> mails = recipients.stream()
                    .map(contact -> new MarketingMail(
                            contact.email(),
                            contact.language(),
                            command.topic(),
                            command.subject(),
                            command.text(),
                            links.issue(contact.number(), command.topic())))
                    .toList();
            Set<Integer> refused = mailer.send(mails);
            for (int i = 0; i < recipients.size(); i++) {
                if (refused.contains(i)) {
                    failed++;
                } else {
                    contacts.recordSent(recipients.get(i).customerId(), command.subject(), sentAt);
                    sent++;
                }
            }
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1);
            }
        } while (page.size() == PAGE);
        auditor.record(
                AuditAction.NEWSLETTER_SENT,
                null,
                TARGET,
                command.topic().name(),
                Map.of(
                        "subject",
                        command.subject(),
                        "recipients",
                        Integer.toString(sent),
                        "failed",
                        Integer.toString(failed)));
        return sent;
    }
}
