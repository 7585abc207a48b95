package be.cloudgroup.privacy.mydata;

import java.util.List;
import java.util.Optional;

/**
 * Port to everything stored about one customer, implemented by the persistence module. Every
 * method reads with one statement whatever the amount of data (no lazy loading per row), so that
 * rendering "My data" costs the same for a customer with one invoice or with thousands.
 * The customer id is internal: only {@link MyDataService} calls this, with the signed-in customer.
 */
public interface MyDataReader {

    Optional<PersonalDetails> person(long customerId);

    /** Newest first by start date. */
    List<ContractDetails> contracts(long customerId);

    /** Most recently opened first. */
    List<TicketDetails> tickets(long customerId);

    /** Most recently sent first, each with its campaign's name. */
    List<CommunicationDetails> communications(long customerId);

    /** Most recent enrolment first, each with its campaign. */
    List<CampaignEnrolmentDetails> enrolments(long customerId);

    /** The latest {@code limit} sign-ins, newest first. */
    List<SignInDetails> recentSignIns(long customerId, int limit);

    /** Newest first by issue date, then by id, so that pages never overlap. */
    List<InvoiceSummary> invoices(long customerId, int offset, int limit);

    long countInvoices(long customerId);
}
