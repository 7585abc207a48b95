package be.cloudgroup.privacy.mydata;

import be.cloudgroup.privacy.customer.CustomerStatus;
import be.cloudgroup.privacy.customer.CustomerType;
import be.cloudgroup.privacy.customer.LeadSource;
import be.cloudgroup.privacy.customer.Salutation;
import be.cloudgroup.privacy.shared.Language;
import java.time.LocalDate;

/**
 * Identity, contact details and lead source of a customer, as stored. Optional values are
 * {@code null}; values are shown as stored, never re-validated, so that reading one's own data
 * never fails on a value imported before today's rules.
 */
public record PersonalDetails(
        String customerNumber,
        CustomerType type,
        Salutation salutation,
        String firstName,
        String lastName,
        String companyName,
        String vatNumber,
        String email,
        String phone,
        String mobile,
        String street,
        String houseNumber,
        String box,
        String postalCode,
        String city,
        String country,
        Language language,
        CustomerStatus status,
        LeadSource leadSource,
        String leadSourceDetail,
        LocalDate acquiredOn) {
}
