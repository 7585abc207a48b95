package be.cloudgroup.privacy.ui.profile;

import be.cloudgroup.privacy.profile.CampaignEnrolmentDetails;
import be.cloudgroup.privacy.profile.MyDataDetails;
import be.cloudgroup.privacy.profile.PersonalDetails;
import be.cloudgroup.privacy.profile.SubscriptionDetails;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.register.PurposeDetails;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import java.util.Locale;

/** Where we got the customer's data from (Art. 14), the campaigns they are in and their subscriptions. */
class MarketingPanel extends CategorySection {

    MarketingPanel(MyDataDetails data, List<PurposeDetails> purposes, Locale locale) {
        super(DataCategory.MARKETING, "profile.marketing.title", purposes, locale);
        PersonalDetails person = data.person();
        DescriptionList source = new DescriptionList();
        fact(source, "profile.marketing.lead-source", label(person.leadSource()));
        fact(source, "profile.marketing.lead-source-detail", person.leadSourceDetail());
        fact(source, "profile.marketing.acquired-on", formats.date(person.acquiredOn()));
        show(source);

        Grid<CampaignEnrolmentDetails> campaigns = new Grid<>();
        campaigns.setId("my-data-campaigns");
        column(campaigns, "profile.marketing.campaign", CampaignEnrolmentDetails::campaignName);
        column(campaigns, "profile.marketing.campaign-period", enrolment -> getTranslation("profile.period",
                formats.date(enrolment.campaignStartsOn()), formats.date(enrolment.campaignEndsOn())));
        column(campaigns, "profile.marketing.enrolled", enrolment -> getTranslation("profile.period",
                formats.date(enrolment.enrolledOn()), formats.date(enrolment.endsOn())));
        show(new H3(getTranslation("profile.marketing.campaigns")), table(data.enrolments(), campaigns));

        Grid<SubscriptionDetails> subscriptions = new Grid<>();
        subscriptions.setId("my-data-subscriptions");
        column(subscriptions, "profile.marketing.topic", subscription -> label(subscription.topic()));
        column(subscriptions, "profile.marketing.channel", subscription -> label(subscription.channel()));
        column(subscriptions, "profile.marketing.subscribed",
                subscription -> getTranslation(subscription.subscribed() ? "profile.yes" : "profile.no"));
        column(subscriptions, "profile.marketing.changed", subscription -> formats.moment(subscription.changedAt()));
        show(new H3(getTranslation("profile.marketing.subscriptions")), table(data.subscriptions(), subscriptions));
    }
}
