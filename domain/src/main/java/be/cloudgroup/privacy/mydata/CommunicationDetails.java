package be.cloudgroup.privacy.mydata;

import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.communication.CommunicationKind;
import java.time.Instant;

/** A message sent to the customer (subject only, not its content); {@code campaignName} may be {@code null}. */
public record CommunicationDetails(
        Instant sentAt, CommunicationChannel channel, CommunicationKind kind, String subject, String campaignName) {}
