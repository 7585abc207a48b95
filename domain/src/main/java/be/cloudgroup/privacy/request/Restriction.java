package be.cloudgroup.privacy.request;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A restriction of processing in force (Art. 18, or what erasure keeps): the customer, or one
 * purpose, is left out of every audience {@code ContactPermissions} computes.
 *
 * @param purposeCode the restricted purpose; {@code null} when everything about the customer is restricted
 */
public record Restriction(
        RequestReference reference, @Nullable String purposeCode, Instant since) {}
