package be.cloudgroup.privacy.ui.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.communication.CommunicationChannel;
import be.cloudgroup.privacy.marketing.SubscriptionTopic;
import be.cloudgroup.privacy.preferences.ConsentSubject;
import be.cloudgroup.privacy.preferences.ContactPermissions;
import be.cloudgroup.privacy.preferences.ContactPermissions.Audience;
import be.cloudgroup.privacy.preferences.DecideCommand;
import be.cloudgroup.privacy.preferences.Decision;
import be.cloudgroup.privacy.preferences.PreferencesService;
import be.cloudgroup.privacy.ui.PortalTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who may be contacted, answered from the ledger the customers wrote through their preferences. */
class ContactPermissionsTest extends PortalTest {

    private static final Audience OFFERS_BY_EMAIL = Audience.of("TARGETED_OFFERS", CommunicationChannel.EMAIL);

    @Autowired
    private ContactPermissions permissions;

    @Autowired
    private PreferencesService preferences;

    @Test
    void a_customer_who_objected_and_later_lifted_the_objection_is_back_in_the_audience() {
        Customer customer = data.customer("Ob", "Jectie");
        runAs(data.customerPrincipal(customer));
        decide(ConsentSubject.channel(CommunicationChannel.EMAIL), Decision.GIVEN);
        assertThat(permissions.mayContact(customer.id(), OFFERS_BY_EMAIL)).isTrue();

        decide(ConsentSubject.purpose("TARGETED_OFFERS"), Decision.OBJECTED);
        assertThat(permissions.mayContact(customer.id(), OFFERS_BY_EMAIL)).isFalse();
        assertThat(permissions.audience(OFFERS_BY_EMAIL, customer.id() - 1, 1)).doesNotContain(customer.id());

        decide(ConsentSubject.purpose("TARGETED_OFFERS"), Decision.OBJECTION_LIFTED);
        assertThat(permissions.mayContact(customer.id(), OFFERS_BY_EMAIL)).isTrue();
        assertThat(permissions.audience(OFFERS_BY_EMAIL, customer.id() - 1, 1)).containsExactly(customer.id());
    }

    @Test
    void a_customer_who_withdrew_a_channel_is_not_contacted_through_it_not_even_for_a_subscription() {
        Customer customer = data.customer("Ka", "Naal");
        runAs(data.customerPrincipal(customer));
        Audience newsletter =
                Audience.of("COMMUNICATIONS", CommunicationChannel.EMAIL).subscribedTo(SubscriptionTopic.NEWSLETTER);
        decide(ConsentSubject.purpose("COMMUNICATIONS"), Decision.GIVEN);
        decide(ConsentSubject.topic(SubscriptionTopic.NEWSLETTER, CommunicationChannel.EMAIL), Decision.GIVEN);
        assertThat(permissions.mayContact(customer.id(), newsletter)).isTrue();
        assertThat(permissions.mayContact(customer.id(), Audience.of("COMMUNICATIONS", CommunicationChannel.EMAIL)))
                .as("a campaign needs the channel's own consent")
                .isFalse();

        decide(ConsentSubject.channel(CommunicationChannel.EMAIL), Decision.GIVEN);
        decide(ConsentSubject.channel(CommunicationChannel.EMAIL), Decision.WITHDRAWN);

        assertThat(permissions.mayContact(customer.id(), newsletter)).isFalse();
        assertThat(permissions.audience(newsletter, customer.id() - 1, 1)).isEmpty();
    }

    @Test
    void a_customer_who_objected_to_sharing_is_left_out_of_a_selection_for_third_parties_only() {
        Customer customer = data.customer("Der", "Den");
        runAs(data.customerPrincipal(customer));
        decide(ConsentSubject.channel(CommunicationChannel.POST), Decision.GIVEN);
        decide(ConsentSubject.thirdPartySharing(), Decision.OBJECTED);
        Audience byPost = Audience.of("TARGETED_OFFERS", CommunicationChannel.POST);

        assertThat(permissions.mayContact(customer.id(), byPost)).isTrue();
        assertThat(permissions.mayContact(customer.id(), byPost.sharedWithThirdParties()))
                .isFalse();
    }

    @Test
    void a_former_customer_is_in_no_audience() {
        Customer customer = data.customer("Ex", "Klant");
        runAs(data.customerPrincipal(customer));
        decide(ConsentSubject.channel(CommunicationChannel.EMAIL), Decision.GIVEN);
        data.update("UPDATE customer SET status = 'FORMER' WHERE id = ?", customer.id());

        assertThat(permissions.mayContact(customer.id(), OFFERS_BY_EMAIL)).isFalse();
    }

    private void decide(ConsentSubject subject, Decision decision) {
        preferences.decide(new DecideCommand(subject, decision, UUID.randomUUID()));
    }
}
