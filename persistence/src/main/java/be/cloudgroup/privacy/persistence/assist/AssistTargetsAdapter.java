package be.cloudgroup.privacy.persistence.assist;

import be.cloudgroup.privacy.assist.AssistTarget;
import be.cloudgroup.privacy.assist.AssistTargets;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.customer.CustomerOverview;
import be.cloudgroup.privacy.customer.CustomerStatus;
import be.cloudgroup.privacy.customer.CustomerType;
import be.cloudgroup.privacy.dashboard.CustomerOverviews;
import be.cloudgroup.privacy.request.RequestStatus;
import be.cloudgroup.privacy.shared.Language;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A few columns of the customer, their linked portal accounts and open requests by JdbcTemplate
 * (a screen projection); the display name from {@link CustomerOverviews}, its one home.
 */
@Component
class AssistTargetsAdapter implements AssistTargets {

    private record Row(
            long id,
            String number,
            CustomerType type,
            String city,
            CustomerStatus status,
            String email,
            Language language) {}

    private final JdbcTemplate jdbc;
    private final CustomerOverviews overviews;

    AssistTargetsAdapter(JdbcTemplate jdbc, CustomerOverviews overviews) {
        this.jdbc = jdbc;
        this.overviews = overviews;
    }

    @Override
    public Optional<AssistTarget> find(CustomerNumber number) {
        return target("customer_number = ?", number.toString());
    }

    @Override
    public Optional<AssistTarget> find(long customerId) {
        return target("id = ?", customerId);
    }

    private Optional<AssistTarget> target(String condition, Object key) {
        Optional<Row> found = jdbc
                .query(
                        "SELECT id, customer_number, type, city, status, email, language FROM customer" + " WHERE "
                                + condition,
                        (row, number) -> new Row(
                                row.getLong("id"),
                                row.getString("customer_number"),
                                CustomerType.valueOf(row.getString("type")),
                                nonNull(row.getString("city")),
                                CustomerStatus.valueOf(row.getString("status")),
                                nonNull(row.getString("email")),
                                Language.valueOf(row.getString("language"))),
                        key)
                .stream()
                .findFirst();
        return found.map(row -> {
            List<Long> accounts = jdbc.queryForList(
                    "SELECT id FROM portal_account WHERE customer_id = ? ORDER BY id", Long.class, row.id());
            Long open = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM privacy_request WHERE customer_id = ? AND status NOT IN ("
                            + RequestStatus.FINAL.stream()
                                    .map(status -> "'" + status.name() + "'")
                                    .sorted()
                                    .collect(java.util.stream.Collectors.joining(","))
                            + ")",
                    Long.class,
                    row.id());
            String name =
                    overviews.of(row.id()).map(CustomerOverview::displayName).orElse(row.number());
            return new AssistTarget(
                    row.id(),
                    row.number(),
                    name,
                    row.type(),
                    row.city(),
                    row.status(),
                    open == null ? 0 : open,
                    row.email(),
                    row.language(),
                    accounts);
        });
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
