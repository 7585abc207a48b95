package be.cloudgroup.privacy.request;

import be.cloudgroup.privacy.register.DataCategory;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What erasing a customer's data will do, table by table: delete, keep restricted (with the
 * purposes that require it and until when), or keep with a pseudonym. Built by
 * {@link ErasureRules} from the register of processing; executed in one transaction.
 *
 * @param endsAccount whether the portal account ends (erasure of the whole account)
 */
public record ErasurePlan(List<Step> steps, boolean endsAccount) {

    public ErasurePlan {
        steps = List.copyOf(steps);
    }

    /** What happens to one table. */
    public enum Action {
        DELETE,
        KEEP_RESTRICTED,
        PSEUDONYMISE
    }

    /**
     * @param keptFor   the names of the purposes on a legal obligation that require keeping it (empty when deleted)
     * @param keptUntil the last day it is kept, from the longest retention among those purposes; {@code null}
     *                  when deleted or when the retention is not a number of months
     * @param reasonKey translation key of the reason in words
     */
    public record Step(
            String table,
            DataCategory category,
            Action action,
            long rows,
            List<String> keptFor,
            @Nullable LocalDate keptUntil,
            String reasonKey) {

        public Step {
            keptFor = List.copyOf(keptFor);
        }
    }

    public List<Step> deleted() {
        return steps.stream().filter(step -> step.action() == Action.DELETE).toList();
    }

    public List<Step> kept() {
        return steps.stream().filter(step -> step.action() != Action.DELETE).toList();
    }
}
