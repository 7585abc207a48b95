package be.cloudgroup.privacy.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.activity.ActivityEntry;
import be.cloudgroup.privacy.activity.ActivityFilter;
import be.cloudgroup.privacy.activity.ActivityService;
import be.cloudgroup.privacy.activity.ActorKind;
import be.cloudgroup.privacy.ui.PortalTest;
import be.cloudgroup.privacy.ui.TestData.Customer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ActivityServiceTest extends PortalTest {

    @Autowired
    private ActivityService activity;

    @Test
    void staff_cannot_read_activity_through_the_self_service() {
        runAs(data.staffPrincipal(Role.SUPPORT));

        assertThatThrownBy(() -> activity.page(ActivityFilter.EVERYTHING, 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activity.count(ActivityFilter.EVERYTHING)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void pages_follow_each_other_newest_first_without_gaps_or_repeats() {
        Customer customer = data.customer("Paul", "Pagina");
        AccountPrincipal me = data.customerPrincipal(customer);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.DAYS);
        for (int event = 0; event < 7; event++) {
            // two events share each second: the id breaks the tie
            data.auditEvent(
                    customer,
                    start.plusSeconds(event / 2),
                    me.accountId(),
                    me.displayName(),
                    "IDENTITY_LINKED",
                    "{\"n\":\"" + event + "\"}");
        }
        runAs(me);

        assertThat(activity.count(ActivityFilter.EVERYTHING)).isEqualTo(7);
        assertThat(activity.page(ActivityFilter.EVERYTHING, 0, 3))
                .extracting(entry -> entry.details().get("n"))
                .containsExactly("6", "5", "4");
        assertThat(activity.page(ActivityFilter.EVERYTHING, 3, 3))
                .extracting(entry -> entry.details().get("n"))
                .containsExactly("3", "2", "1");
        assertThat(activity.page(ActivityFilter.EVERYTHING, 6, 3))
                .extracting(ActivityEntry::details)
                .extracting(d -> d.get("n"))
                .containsExactly("0");
    }

    @Test
    void another_customers_presentation_of_my_download_link_is_shown_as_another_portal_account_without_a_name() {
        Customer owner = data.customer("Olga", "Owner");
        AccountPrincipal me = data.customerPrincipal(owner);
        AccountPrincipal presenter = data.customerPrincipal(data.customer("Piet", "Presenter"));
        data.auditEvent(
                owner,
                Instant.now().minusSeconds(60),
                presenter.accountId(),
                presenter.displayName(),
                "ARCHIVE_TICKET_REFUSED",
                "{\"reason\":\"foreign\"}");
        runAs(me);

        assertThat(activity.page(ActivityFilter.EVERYTHING, 0, 10))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo(ActorKind.OTHER_ACCOUNT);
                    assertThat(entry.actorName()).doesNotContain("Piet", "Presenter");
                });
    }

    @Test
    void the_store_filters_so_a_page_of_staff_access_skips_newer_entries_of_other_kinds() {
        Customer customer = data.customer("Stijn", "Staf");
        AccountPrincipal me = data.customerPrincipal(customer);
        AccountPrincipal staff = data.staffPrincipal(Role.SUPPORT);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.DAYS);
        data.auditEvent(customer, start, staff.accountId(), "Sara", "ASSIST_CUSTOMER_OVERVIEW_OPENED", "{}");
        for (int event = 1; event <= 3; event++) {
            data.auditEvent(
                    customer, start.plusSeconds(event), me.accountId(), me.displayName(), "IDENTITY_LINKED", "{}");
        }
        runAs(me);
        ActivityFilter staffAccess = new ActivityFilter(ActivityFilter.Shown.STAFF_ACCESS, null, null);

        assertThat(activity.count(staffAccess)).isEqualTo(1);
        assertThat(activity.count(new ActivityFilter(ActivityFilter.Shown.MY_CHANGES, null, null)))
                .isEqualTo(3);
        assertThat(activity.page(staffAccess, 0, 1))
                .extracting(ActivityEntry::action)
                .containsExactly("ASSIST_CUSTOMER_OVERVIEW_OPENED");
    }
}
