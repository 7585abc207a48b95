package be.cloudgroup.privacy.ui.mydata;

import be.cloudgroup.privacy.mydata.CampaignEnrolmentDetails;
import be.cloudgroup.privacy.mydata.MyDataDetails;
import be.cloudgroup.privacy.mydata.PersonalDetails;
import be.cloudgroup.privacy.mydata.SubscriptionDetails;
import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.ui.layout.TextFacts;
import be.cloudgroup.privacy.ui.layout.TextTable;
import java.util.Locale;

/** Where we got the customer's data from (Art. 14), the campaigns they are in and their subscriptions. */
class MarketingPanel extends CategorySection {

    MarketingPanel(MyDataDetails data, WhyWeKeepThis why, Locale locale) {
        super(DataCategory.MARKETING, "mydata.marketing.title", why, locale);
        PersonalDetails person = data.person();
        TextFacts source = new TextFacts(data());
        fact(source, "mydata.marketing.lead-source", label(person.leadSource()));
        fact(source, "mydata.marketing.lead-source-detail", person.leadSourceDetail());
        fact(source, "mydata.marketing.acquired-on", formats.date(person.acquiredOn()));

        TextTable<CampaignEnrolmentDetails> campaigns = new TextTable<>();
        column(campaigns, "mydata.marketing.campaign", CampaignEnrolmentDetails::campaignName);
        column(
                campaigns,
                "mydata.marketing.campaign-period",
                enrolment -> getTranslation(
                        "mydata.period",
                        formats.date(enrolment.campaignStartsOn()),
                        formats.date(enrolment.campaignEndsOn())));
        column(
                campaigns,
                "mydata.marketing.enrolled",
                enrolment -> getTranslation(
                        "mydata.period", formats.date(enrolment.enrolledOn()), formats.date(enrolment.endsOn())));
        data().appendElement("h3").text(getTranslation("mydata.marketing.campaigns"));
        table("my-data-campaigns", "mydata.marketing.campaigns", data.enrolments(), campaigns);

        TextTable<SubscriptionDetails> subscriptions = new TextTable<>();
        column(subscriptions, "mydata.marketing.topic", subscription -> label(subscription.topic()));
        column(subscriptions, "mydata.marketing.channel", subscription -> label(subscription.channel()));
        column(
                subscriptions,
                "mydata.marketing.subscribed",
                subscription -> getTranslation(subscription.subscribed() ? "mydata.yes" : "mydata.no"));
        column(subscriptions, "mydata.marketing.changed", subscription -> formats.moment(subscription.changedAt()));
        data().appendElement("h3").text(getTranslation("mydata.marketing.subscriptions"));
        table("my-data-subscriptions", "mydata.marketing.subscriptions", data.subscriptions(), subscriptions);
        show();
    }
}
