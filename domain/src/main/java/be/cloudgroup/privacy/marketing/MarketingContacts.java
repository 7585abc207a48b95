package be.cloudgroup.privacy.marketing;

import be.cloudgroup.privacy.customer.CustomerNumber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port to the customer data marketing e-mail needs, and to the record of what was sent. */
public interface MarketingContacts {

    Optional<MarketingContact> byNumber(CustomerNumber number);

    /** The contacts of those of these customers that exist, in no particular order. */
    List<MarketingContact> byIds(List<Long> customerIds);

    /** Records a marketing e-mail in the customer's communications (shown under My data). */
    void recordSent(long customerId, String subject, Instant sentAt);
}
