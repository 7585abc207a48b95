package be.cloudgroup.privacy.account;

import be.cloudgroup.privacy.customer.CustomerNumber;
import java.util.Locale;

/**
 * What the admin's account list shows: accounts whose e-mail or display name starts with the
 * search text, or whose customer number is it (case-insensitive); optionally only one role or
 * status; in one order. Prefix search, so the indexes answer it at 100,000 accounts.
 *
 * @param search blank for every account
 * @param role   {@code null} for any role
 * @param status {@code null} for any status
 */
public record AccountQuery(String search, Role role, AccountStatus status, Sort sort, boolean descending) {

    public static final int SEARCH_MAX_LENGTH = 254;

    public enum Sort {
        EMAIL,
        NAME,
        STATUS,
        LAST_SIGN_IN
    }

    public AccountQuery {
        search = search == null ? "" : search.strip();
        if (search.length() > SEARCH_MAX_LENGTH) {
            search = search.substring(0, SEARCH_MAX_LENGTH);
        }
        sort = sort == null ? Sort.EMAIL : sort;
    }

    public static AccountQuery all() {
        return new AccountQuery("", null, null, Sort.EMAIL, false);
    }

    public AccountQuery sortedBy(Sort by, boolean descendingOrder) {
        return new AccountQuery(search, role, status, by, descendingOrder);
    }

    /** The search text as a customer number in its canonical form (upper case), if it is one. */
    public java.util.Optional<String> customerNumber() {
        String upper = search.toUpperCase(Locale.ROOT);
        return CustomerNumber.isValid(upper)
                ? java.util.Optional.of(CustomerNumber.valueOf(upper).toString())
                : java.util.Optional.empty();
    }

    /** The search text with LIKE's wildcards escaped (by {@code !}), followed by {@code %}. */
    public String prefixPattern() {
        return search.toLowerCase(Locale.ROOT)
                        .replace("!", "!!")
                        .replace("%", "!%")
                        .replace("_", "!_") + "%";
    }
}
