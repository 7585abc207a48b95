package be.cloudgroup.privacy.newsletter;

import be.cloudgroup.privacy.marketing.SubscriptionTopic;
import be.cloudgroup.privacy.shared.InvalidValueException;
import java.util.Objects;

/** A mailing to the subscribers of a topic by e-mail: subject (it becomes the communication's subject) and text. */
public record NewsletterCommand(SubscriptionTopic topic, String subject, String text) {

    /** The longest subject: the length of a communication's subject. */
    public static final int SUBJECT_MAX_LENGTH = 200;

    public static final int TEXT_MAX_LENGTH = 20_000;

    public NewsletterCommand {
        Objects.requireNonNull(topic, "topic");
        subject = subject == null ? "" : subject.strip();
        text = text == null ? "" : text.strip();
        if (subject.isEmpty() || subject.length() > SUBJECT_MAX_LENGTH) {
            throw new InvalidValueException(
                    "validation.newsletter.subject.length",
                    "A subject of 1 to " + SUBJECT_MAX_LENGTH + " characters is required",
                    SUBJECT_MAX_LENGTH);
        }
        if (text.isEmpty() || text.length() > TEXT_MAX_LENGTH) {
            throw new InvalidValueException(
                    "validation.newsletter.text.length",
                    "A text of 1 to " + TEXT_MAX_LENGTH + " characters is required",
                    TEXT_MAX_LENGTH);
        }
    }
}
