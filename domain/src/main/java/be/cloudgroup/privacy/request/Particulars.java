package be.cloudgroup.privacy.request;

import be.cloudgroup.privacy.register.DataCategory;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The keys of a request's particulars (what the customer asked, stored as a small map): the
 * company correction's {@code companyName} and {@code vatNumber}, and the keys below.
 */
public final class Particulars {

    public static final String WHOLE_ACCOUNT = "wholeAccount";
    public static final String CATEGORIES = "categories";
    public static final String PURPOSES = "purposes";
    public static final String GROUND = "ground";
    public static final String TEXT = "text";
    public static final String COMPANY_NAME = "companyName";
    public static final String VAT_NUMBER = "vatNumber";

    private Particulars() {}

    public static boolean wholeAccount(Map<String, String> particulars) {
        return "true".equals(particulars.get(WHOLE_ACCOUNT));
    }

    public static Set<DataCategory> categories(Map<String, String> particulars) {
        String list = particulars.getOrDefault(CATEGORIES, "");
        return list.isEmpty()
                ? Set.of()
                : Arrays.stream(list.split(","))
                        .map(DataCategory::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(DataCategory.class)));
    }

    public static Set<String> purposes(Map<String, String> particulars) {
        String list = particulars.getOrDefault(PURPOSES, "");
        return list.isEmpty() ? Set.of() : Set.of(list.split(","));
    }

    /** Whether the particulars are a company correction, which approving applies. */
    public static boolean companyCorrection(Map<String, String> particulars) {
        return particulars.containsKey(COMPANY_NAME);
    }
}
