package be.cloudgroup.privacy.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.activity.ActivityEntry;
import be.cloudgroup.privacy.activity.ActivityFilter;
import be.cloudgroup.privacy.activity.ActivityService;
import be.cloudgroup.privacy.correction.ContactChannel;
import be.cloudgroup.privacy.correction.ContactDetails;
import be.cloudgroup.privacy.correction.ContactVerificationService;
import be.cloudgroup.privacy.correction.CorrectContactDetailsCommand;
import be.cloudgroup.privacy.correction.CorrectionService;
import be.cloudgroup.privacy.correction.VerificationResult;
import be.cloudgroup.privacy.customer.PhoneNumber;
import be.cloudgroup.privacy.customer.PostalAddress;
import be.cloudgroup.privacy.preferences.ConsentSubject;
import be.cloudgroup.privacy.preferences.DecideCommand;
import be.cloudgroup.privacy.preferences.Decision;
import be.cloudgroup.privacy.preferences.Preference;
import be.cloudgroup.privacy.preferences.PreferencesService;
import be.cloudgroup.privacy.request.FileRequestCommand;
import be.cloudgroup.privacy.request.RequestRefusedException;
import be.cloudgroup.privacy.request.RequestService;
import be.cloudgroup.privacy.request.RequestStatus;
import be.cloudgroup.privacy.request.RequestType;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.PortalTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Customer B never sees or changes customer A's preferences, timeline, corrections or requests,
 * through the application services on the real stack (MariaDB, security, transactions): the
 * subject of every self-service call comes from the signed-in account.
 */
class CrossCustomerIsolationTest extends PortalTest {

    private static final ConsentSubject OFFERS = ConsentSubject.purpose("TARGETED_OFFERS");

    @Autowired
    private PreferencesService preferences;

    @Autowired
    private ActivityService activity;

    @Autowired
    private CorrectionService corrections;

    @Autowired
    private ContactVerificationService verifications;

    @Autowired
    private RequestService requests;

    @Test
    void customer_b_sees_none_of_customer_as_preferences_timeline_corrections_or_requests() {
        Customer a = data.customer("Anna", "Alfa");
        AccountPrincipal annaAccount = data.customerPrincipal(a);
        Customer b = data.customer("Bert", "Beta");
        runAs(annaAccount);
        preferences.decide(new DecideCommand(OFFERS, Decision.OBJECTED, UUID.randomUUID()));
        correctCityTo("Annastad");
        verifications.requestEmailChange("anna.nieuw@example.org");
        String annasRequest = requests.file(FileRequestCommand.inWords(RequestType.DPO_QUESTION, "Anna asks"))
                .reference()
                .toString();

        runAs(data.customerPrincipal(b));

        assertThat(preferences.preferences(Language.EN).history()).isEmpty();
        assertThat(objected(preferences.preferences(Language.EN))).isFalse();
        assertThat(activity.page(ActivityFilter.EVERYTHING, 0, 100))
                .extracting(ActivityEntry::actorName)
                .doesNotContain(annaAccount.displayName());
        ContactDetails seen = corrections.currentDetails();
        assertThat(seen.customerNumber()).isEqualTo(b.customerNumber());
        assertThat(seen.city()).isNotEqualTo("Annastad");
        assertThat(verifications.pending(ContactChannel.EMAIL)).isEmpty();
        assertThat(requests.myRequests()).isEmpty();
        assertThat(requests.myRequest(annasRequest)).isEmpty();
    }

    @Test
    void customer_b_cannot_change_customer_as_preferences_corrections_or_requests() {
        Customer a = data.customer("Arne", "Alfa");
        AccountPrincipal arneAccount = data.customerPrincipal(a);
        Customer b = data.customer("Bea", "Beta");
        runAs(arneAccount);
        verifications.requestEmailChange("arne.nieuw@example.org");
        String arnesRequest = requests.file(FileRequestCommand.inWords(RequestType.DPO_QUESTION, "Arne asks"))
                .reference()
                .toString();

        runAs(data.customerPrincipal(b));
        preferences.decide(new DecideCommand(OFFERS, Decision.OBJECTED, UUID.randomUUID()));
        correctCityTo("Beastad");

        assertThat(verifications.confirm(ContactChannel.EMAIL, "123456")).isEqualTo(VerificationResult.NOTHING_PENDING);
        assertThatThrownBy(() -> requests.withdraw(arnesRequest)).isInstanceOf(RequestRefusedException.class);
        assertThatThrownBy(() -> requests.sendMessage(arnesRequest, "Bea was here"))
                .isInstanceOf(RequestRefusedException.class);

        runAs(arneAccount);
        assertThat(objected(preferences.preferences(Language.EN))).isFalse();
        assertThat(corrections.currentDetails().city()).isNotEqualTo("Beastad");
        assertThat(verifications.pending(ContactChannel.EMAIL)).contains("arne.nieuw@example.org");
        assertThat(requests.myRequest(arnesRequest))
                .hasValueSatisfying(request -> assertThat(request.status()).isNotEqualTo(RequestStatus.WITHDRAWN));
        assertThat(data.count(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_customer_id = ? AND actor_account_id <> ?",
                        a.id(),
                        arneAccount.accountId()))
                .as("nothing on Arne's record was done by another account")
                .isZero();
    }

    private void correctCityTo(String city) {
        ContactDetails details = corrections.currentDetails();
        corrections.correct(new CorrectContactDetailsCommand(
                details.salutation(),
                details.firstName(),
                details.lastName(),
                PostalAddress.valueOf(
                        details.street(), details.houseNumber(), null, details.postalCode(), city, details.country()),
                PhoneNumber.valueOf("09 123 45 67"),
                details.language(),
                details.version()));
    }

    private static boolean objected(be.cloudgroup.privacy.preferences.Preferences preferences) {
        return preferences.purposes().stream()
                .filter(purpose -> purpose.purpose().code().equals("TARGETED_OFFERS"))
                .map(be.cloudgroup.privacy.preferences.Preferences.PurposePreference::preference)
                .anyMatch(Preference::objected);
    }
}
