package be.cloudgroup.privacy.customer;

/** Where a customer's data came from, told to the customer under Art. 14 GDPR when not collected from them. */
public enum LeadSource {
    WEBSITE_FORM,
    TRADE_FAIR,
    PARTNER_REFERRAL,
    PURCHASED_LIST,
    INBOUND_CALL,
    EXISTING_CUSTOMER
}
