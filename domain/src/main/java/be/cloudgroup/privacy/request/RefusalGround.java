package be.cloudgroup.privacy.request;

/**
 * Why a request is refused; the customer reads it with the explanation, the complaint route
 * (GBA/APD) and the DPO's contact.
 */
public enum RefusalGround {
    /** Art. 12(5): manifestly unfounded or excessive, in particular because repetitive. */
    MANIFESTLY_UNFOUNDED_OR_EXCESSIVE,
    /** Art. 12(6): the requester's identity could not be confirmed. */
    IDENTITY_NOT_CONFIRMED,
    /** Art. 17(3)(b), 18(2), 21(1): a legal obligation or legal claims prevail. */
    LEGAL_OBLIGATION_OR_CLAIMS,
    /** Art. 21(1): compelling legitimate grounds that override the customer's interests. */
    COMPELLING_LEGITIMATE_GROUNDS,
    /** Anything else, explained in the reason. */
    OTHER
}
