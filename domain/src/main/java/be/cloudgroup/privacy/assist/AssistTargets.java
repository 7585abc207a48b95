package be.cloudgroup.privacy.assist;

import be.cloudgroup.privacy.customer.CustomerNumber;
import java.util.Optional;

/** Port: finds a customer by public number with what an assist session needs to know about them. */
public interface AssistTargets {

    Optional<AssistTarget> find(CustomerNumber number);

    Optional<AssistTarget> find(long customerId);
}
