package be.cloudgroup.privacy.request;

import be.cloudgroup.privacy.shared.Language;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail to the customer about their request, in their language: the receipt (reference and
 * due day), an extension (new due day and its reason), a handler's message, the outcome (with the
 * refusal ground, and the complaint route and the DPO always named), or the withdrawal.
 *
 * @param kept for an executed erasure: what was kept, why and until when
 */
public record RequestNotice(
        Kind kind,
        String to,
        Language language,
        RequestReference reference,
        RequestType type,
        LocalDate dueOn,
        @Nullable RequestStatus outcome,
        @Nullable RefusalGround ground,
        @Nullable String text,
        List<ErasurePlan.Step> kept) {

    public enum Kind {
        RECEIVED,
        EXTENDED,
        MESSAGE,
        CLOSED,
        WITHDRAWN
    }

    public RequestNotice {
        kept = List.copyOf(kept);
    }
}
