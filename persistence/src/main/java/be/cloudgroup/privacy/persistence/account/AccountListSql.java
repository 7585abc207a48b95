package be.cloudgroup.privacy.persistence.account;

import be.cloudgroup.privacy.account.AccountQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the admin's account list for one {@link AccountQuery}. Built so that an index
 * answers each part at 100,000 accounts (AccountListPerformanceTest): the search is a union of
 * three index lookups (e-mail prefix, display-name prefix, exact customer number) instead of an
 * OR across two tables, which would scan every account; the role filter joins the role table's
 * (role, account_id) index; without a search the order's index is read from the start.
 */
final class AccountListSql {

    private final String from;
    private final List<Object> arguments = new ArrayList<>();
    private final String order;

    AccountListSql(AccountQuery query) {
        StringBuilder sql = new StringBuilder(" FROM portal_account a LEFT JOIN customer c ON c.id = a.customer_id");
        if (!query.search().isEmpty()) {
            sql.append(" ").append("""
                    JOIN (SELECT id FROM portal_account WHERE email LIKE ? ESCAPE '!'
                      UNION SELECT id FROM portal_account WHERE display_name LIKE ? ESCAPE '!'
                      UNION SELECT pa.id FROM customer pc JOIN portal_account pa ON pa.customer_id = pc.id
                            WHERE pc.customer_number = ?) m ON m.id = a.id""");
            arguments.add(query.prefixPattern());
            arguments.add(query.prefixPattern());
            arguments.add(query.customerNumber().orElse(""));
        }
        if (query.role() != null) {
            sql.append(" JOIN portal_account_role r ON r.account_id = a.id AND r.role = ?");
            arguments.add(query.role().name());
        }
        if (query.status() != null) {
            sql.append(" WHERE a.status = ?");
            arguments.add(query.status().name());
        }
        this.from = sql.toString();
        // ties broken by a column the order's index holds (InnoDB indexes end with the primary key)
        String direction = query.descending() ? " DESC" : "";
        this.order = switch (query.sort()) {
            case EMAIL -> " ORDER BY a.email" + direction;
            case NAME -> " ORDER BY a.display_name" + direction + ", a.id" + direction;
            case STATUS -> " ORDER BY a.status" + direction + ", a.email" + direction;
            case LAST_SIGN_IN -> " ORDER BY a.last_sign_in_at" + direction + ", a.id" + direction;
        };
    }

    String page() {
        return "SELECT a.id, a.public_id, a.email, a.display_name, a.status, c.customer_number,"
                + " a.issuer IS NOT NULL AS linked, a.last_sign_in_at" + from + order + " LIMIT ? OFFSET ?";
    }

    String count() {
        return "SELECT COUNT(*)" + from;
    }

    List<Object> arguments() {
        return List.copyOf(arguments);
    }
}
