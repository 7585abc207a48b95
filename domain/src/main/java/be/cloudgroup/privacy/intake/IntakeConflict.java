package be.cloudgroup.privacy.intake;

import java.time.Instant;

/**
 * A field the customer changed in the portal after the last import and the company's system
 * changed too: the portal keeps the customer's value until an admin decides.
 *
 * @param customerId the customer's surrogate id, for the audit trail; never shown
 * @param field the stored column, e.g. {@code phone} (labels {@code intake.field.<field>})
 */
public record IntakeConflict(
        long id,
        long customerId,
        String customerNumber,
        String field,
        String portalValue,
        String importedValue,
        String fileName,
        long line,
        Instant detectedAt) {}
