package be.cloudgroup.privacy.mydata;

import java.util.List;
import java.util.Objects;

/**
 * Everything "My data" shows about the signed-in customer except the invoices, which are read a
 * page at a time. Lists are unmodifiable; {@code recentSignIns} holds the latest
 * {@link MyDataService#RECENT_SIGN_INS} (the full list is under Activity).
 */
public record MyDataDetails(
        PersonalDetails person,
        List<ContractDetails> contracts,
        List<TicketDetails> tickets,
        List<CommunicationDetails> communications,
        List<CampaignEnrolmentDetails> enrolments,
        List<SubscriptionDetails> subscriptions,
        List<SignInDetails> recentSignIns) {

    public MyDataDetails {
        Objects.requireNonNull(person, "person");
        contracts = List.copyOf(contracts);
        tickets = List.copyOf(tickets);
        communications = List.copyOf(communications);
        enrolments = List.copyOf(enrolments);
        subscriptions = List.copyOf(subscriptions);
        recentSignIns = List.copyOf(recentSignIns);
    }
}
