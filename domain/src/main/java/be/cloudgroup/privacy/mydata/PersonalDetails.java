package be.cloudgroup.privacy.mydata;

import be.cloudgroup.privacy.customer.CustomerStatus;
import be.cloudgroup.privacy.customer.CustomerType;
import be.cloudgroup.privacy.customer.LeadSource;
import be.cloudgroup.privacy.customer.Salutation;
import be.cloudgroup.privacy.shared.Language;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Identity, contact details and lead source of a customer, as stored. Optional values are
 * {@code null}; values are shown as stored, never re-validated, so that reading one's own data
 * never fails on a value imported before today's rules.
 */
public record PersonalDetails(
        String customerNumber,
        CustomerType type,
        @Nullable Salutation salutation,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String companyName,
        @Nullable String vatNumber,
        String email,
        @Nullable String phone,
        @Nullable String mobile,
        String street,
        String houseNumber,
        @Nullable String box,
        String postalCode,
        String city,
        String country,
        Language language,
        CustomerStatus status,
        @Nullable LeadSource leadSource,
        @Nullable String leadSourceDetail,
        @Nullable LocalDate acquiredOn) {}
