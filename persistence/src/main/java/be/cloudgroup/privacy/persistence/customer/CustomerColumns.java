package be.cloudgroup.privacy.persistence.customer;

import java.util.List;
import java.util.stream.Stream;

/**
 * The columns of {@code customer} that hold what we know about the customer (not its keys or
 * bookkeeping), in table order, for the features that read or write them all: the import sets them,
 * the archive exports them.
 */
public final class CustomerColumns {

    /** Identity and contact details as the customer gives them: the portable part (Art. 20). */
    public static final List<String> GIVEN = List.of(
            "salutation",
            "first_name",
            "last_name",
            "company_name",
            "vat_number",
            "email",
            "phone",
            "mobile",
            "street",
            "house_number",
            "box",
            "postal_code",
            "city",
            "country",
            "language");

    /** {@link #GIVEN}, then where the customer relationship stands and where it came from. */
    public static final List<String> ALL = Stream.concat(
                    GIVEN.stream(), Stream.of("status", "lead_source", "lead_source_detail", "acquired_on"))
            .toList();

    private CustomerColumns() {}
}
