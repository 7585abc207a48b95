package be.cloudgroup.privacy.request;

import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.register.LegalBasis;
import be.cloudgroup.privacy.register.PurposeDetails;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds the erasure plan from the register of processing (Art. 17(3)(b)): data of a category
 * that a purpose resting on a legal obligation uses is kept, restricted, until the longest of
 * those purposes' retentions has run from today (invoices under accounting law, proof of consent
 * and of its withdrawal under the compliance purpose); everything else goes. Whatever the register
 * says, pending one-time codes always go, the audit trail stays with a pseudonym, the customer's
 * requests stay as the record of how they were answered, and the portal account ends only when
 * the whole account is erased. Erasing named categories touches only tables of those categories.
 */
public final class ErasureRules {

    private ErasureRules() {}

    /**
     * @param categories the named categories, ignored when {@code wholeAccount}
     */
    public static ErasurePlan plan(
            List<Holding> holdings,
            List<PurposeDetails> register,
            boolean wholeAccount,
            Set<DataCategory> categories,
            LocalDate today) {
        List<ErasurePlan.Step> steps = new ArrayList<>();
        for (Holding holding : holdings) {
            boolean named = wholeAccount || categories.contains(holding.category());
            if (!named) {
                continue;
            }
            ErasurePlan.Step step = step(holding, register, wholeAccount, today);
            if (step != null) {
                steps.add(step);
            }
        }
        return new ErasurePlan(steps, wholeAccount);
    }

    private static ErasurePlan.@Nullable Step step(
            Holding holding, List<PurposeDetails> register, boolean wholeAccount, LocalDate today) {
        return switch (holding.nature()) {
            case TRANSIENT -> delete(holding, "request.erasure.reason.transient");
            case ACCOUNT -> wholeAccount ? delete(holding, "request.erasure.reason.account") : null;
            case TRAIL ->
                keep(holding, ErasurePlan.Action.PSEUDONYMISE, List.of(), null, "request.erasure.reason.trail");
            case REQUESTS ->
                keep(holding, ErasurePlan.Action.KEEP_RESTRICTED, List.of(), null, "request.erasure.reason.requests");
            case REGISTER -> byRegister(holding, register, today);
        };
    }

    private static ErasurePlan.Step byRegister(Holding holding, List<PurposeDetails> register, LocalDate today) {
        List<PurposeDetails> obliged = register.stream()
                .filter(purpose -> purpose.legalBasis() == LegalBasis.LEGAL_OBLIGATION)
                .filter(purpose -> purpose.uses(holding.category()))
                .sorted(Comparator.comparing(PurposeDetails::position))
                .toList();
        if (obliged.isEmpty()) {
            return delete(holding, "request.erasure.reason.no-obligation");
        }
        Integer months = obliged.stream()
                .map(PurposeDetails::retentionMonths)
                .filter(Objects::nonNull)
                .max(Integer::compare)
                .orElse(null);
        return keep(
                holding,
                ErasurePlan.Action.KEEP_RESTRICTED,
                obliged.stream().map(PurposeDetails::name).toList(),
                months == null ? null : today.plusMonths(months),
                "request.erasure.reason.legal-obligation");
    }

    private static ErasurePlan.Step delete(Holding holding, String reasonKey) {
        return new ErasurePlan.Step(
                holding.table(),
                holding.category(),
                ErasurePlan.Action.DELETE,
                holding.rows(),
                List.of(),
                null,
                reasonKey);
    }

    private static ErasurePlan.Step keep(
            Holding holding,
            ErasurePlan.Action action,
            List<String> keptFor,
            @Nullable LocalDate until,
            String reasonKey) {
        return new ErasurePlan.Step(
                holding.table(), holding.category(), action, holding.rows(), keptFor, until, reasonKey);
    }
}
