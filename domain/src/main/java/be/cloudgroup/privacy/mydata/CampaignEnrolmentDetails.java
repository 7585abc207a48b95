package be.cloudgroup.privacy.mydata;

import java.time.LocalDate;

/** The customer's enrolment in a marketing campaign, with the campaign's name and period. */
public record CampaignEnrolmentDetails(
        String campaignName,
        LocalDate campaignStartsOn,
        LocalDate campaignEndsOn,
        LocalDate enrolledOn,
        LocalDate endsOn) {}
